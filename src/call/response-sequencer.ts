/**
 * The one rule for `response.create`: never two in flight. A request made while a response is being created or
 * is running waits for that response's `response.done`; the persona's opening line is asked for once per call.
 */
export class ResponseSequencer {
  private activeId: string | null = null;
  private requested = false;
  private wanted = false;
  private openingAsked = false;

  constructor(private readonly sendCreate: () => void) {}

  /** A response exists (created, not yet done). */
  get active(): boolean {
    return this.activeId !== null;
  }

  /** A response was asked for or is running. */
  get busy(): boolean {
    return this.activeId !== null || this.requested;
  }

  requestOpening(): void {
    if (this.openingAsked) return;
    this.openingAsked = true;
    this.request();
  }

  request(): void {
    if (this.busy) {
      this.wanted = true;
      return;
    }
    this.requested = true;
    this.sendCreate();
  }

  /** The user interrupted: a response that was waiting to be asked for is not wanted any more. */
  dropWaiting(): void {
    this.wanted = false;
  }

  onCreated(responseId: string): void {
    this.activeId = responseId;
    this.requested = false;
  }

  /** `response.done`, whatever its status; `askWaiting` is false when the call is ending. */
  onDone(askWaiting = true): void {
    this.activeId = null;
    this.requested = false;
    if (askWaiting && this.wanted) {
      this.wanted = false;
      this.request();
    }
  }

  /** The server refused a create because one is still running: ask again once it is done. */
  onRejectedAsBusy(): void {
    this.requested = false;
    this.wanted = true;
  }

  reset(): void {
    this.activeId = null;
    this.requested = false;
    this.wanted = false;
    this.openingAsked = false;
  }
}
