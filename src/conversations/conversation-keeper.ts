import { buildCallContext } from '../call/call-context';
import { callController } from '../call/call-engine';
import type { CallState, CallStatus } from '../call/call-state';
import { useCallStore } from '../call/call-store';
import { earlierTurns, transcriptLines } from '../call/transcript-reducer';
import { useTranscriptStore } from '../call/transcript-store';
import { usePersonaStore } from '../persona/persona-store';
import { CallRecorder, RECORDING_MIME_TYPE } from './call-recorder';
import { lastSpan, newConversationRecord, type ConversationRecord, type TurnFigures } from './conversation-record';
import { sharedConversationStore } from './shared-store';
import { ConversationWriter } from './conversation-writer';
import { conversationsChanged, reportStorageFault, useConversationUi } from './conversation-ui-store';
import { LiveCallLocks } from './live-call-locks';
import { transcriptOf, withNewSpan, withRecording, withSpanEnded, withSpanTurns, withTranscript } from './record-updates';
import type { StorageFault } from './storage-fault';

/** The per-turn figures of the running call, from the page's metrics (app/ wires them in; see conversation-bridge). */
export interface TurnFiguresSource {
  current(): Omit<TurnFigures, 'span'>[];
  subscribe(listener: () => void): () => void;
}

/** A conversation whose page closed mid-call is offered again only on a visit soon after. */
const RESUMABLE_FOR_MS = 12 * 60 * 60 * 1000;

const running = (status: CallStatus) => status === 'connecting' || status === 'connected' || status === 'ending';

function newId(): string {
  return `conv_${Date.now().toString(36)}_${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Keeps the conversation on screen saved as it happens: a record per conversation, a span per call, every settled
 * line, the figures and the recording. Reads the call and transcript stores; a storage fault is said once and
 * never touches the call.
 */
export class ConversationKeeper {
  private readonly store = sharedConversationStore();
  private readonly writer = new ConversationWriter(this.store, crypto.randomUUID(), (fault) => this.onFault(fault), newId);
  private readonly locks = new LiveCallLocks();
  private readonly firstSeen = new Map<string, number>();
  private recorder: CallRecorder | null = null;
  private spanLive = false;

  constructor(private readonly figures: TurnFiguresSource) {}

  start(): () => void {
    const unsubscribers = [
      useCallStore.subscribe((state, previous) => this.onCall(state, previous)),
      useTranscriptStore.subscribe(() => this.onTranscript()),
      this.figures.subscribe(() => this.onFigures()),
    ];
    void this.closeCallsOfClosedPages();
    this.catchUp();
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      this.locks.drop();
    };
  }

  /** The keeper loads after the first screen: a call started before that is kept from where it stands. */
  private catchUp(): void {
    const state = useCallStore.getState();
    if (!running(state.status)) return;
    this.onCall({ ...state, status: 'connecting' }, { ...state, status: 'idle' });
    if (state.status !== 'connecting') this.onCall(state, { ...state, status: 'connecting' });
    this.onTranscript();
  }

  /** Shows a saved conversation on the call screen and calls its persona again with the earlier turns as context. */
  async continueConversation(id: string): Promise<void> {
    if (running(useCallStore.getState().status)) return;
    let record: ConversationRecord | null;
    try {
      record = this.writer.current?.id === id ? this.writer.current : await this.store.load(id);
    } catch (error) {
      this.onFault(error as StorageFault);
      return;
    }
    if (!record) return;
    const personaState = usePersonaStore.getState();
    if (JSON.stringify(personaState.persona) !== JSON.stringify(record.persona)) personaState.applyPersona(record.persona);
    this.show(record);
    useConversationUi.setState({ resumableId: null });
    await callController.start({ keepTranscript: true, context: buildCallContext(earlierTurns(useTranscriptStore.getState())) });
  }

  /** Export reads what is in memory first: it holds the latest line even when storage failed. */
  async record(id: string): Promise<ConversationRecord | null> {
    if (this.writer.current?.id === id) return this.writer.current;
    return this.store.load(id);
  }

  forgetIfCurrent(id: string | null): void {
    if (id !== null && this.writer.current?.id !== id) return;
    if (running(useCallStore.getState().status)) return;
    this.writer.forget();
    useConversationUi.setState({ currentId: null, resumableId: null, lastRecording: null });
  }

  private show(record: ConversationRecord): void {
    this.writer.adopt(record);
    useTranscriptStore.getState().restore(transcriptOf(record));
    useConversationUi.setState({ currentId: record.id, lastRecording: null });
  }

  private onCall(state: CallState, previous: CallState): void {
    if (state.status === previous.status) {
      if (state.status === 'connected') this.addRemoteAudio();
      return;
    }
    if (state.status === 'connecting') this.beginSpan();
    else if (state.status === 'connected') this.startRecording();
    else if ((state.status === 'ended' || state.status === 'failed') && this.spanLive) void this.endSpan(state.status);
  }

  private beginSpan(): void {
    const now = Date.now();
    const current = this.writer.current;
    const carriesOn = current !== null && useTranscriptStore.getState().order.length > 0;
    if (carriesOn) {
      this.writer.change((record) => withNewSpan(withSpanEnded(record, 'page_closed', now), now));
    } else {
      const persona = usePersonaStore.getState().persona;
      if (!persona) return;
      this.firstSeen.clear();
      this.writer.start(newConversationRecord(newId(), persona, this.writer.writerId, now));
    }
    this.spanLive = true;
    const id = this.writer.current!.id;
    this.locks.hold(id);
    useConversationUi.setState({ currentId: id, resumableId: null, lastRecording: null });
    conversationsChanged();
  }

  private async endSpan(status: 'ended' | 'failed'): Promise<void> {
    this.spanLive = false;
    this.locks.drop();
    this.writer.change((record) => withSpanEnded(record, status, Date.now()));
    await this.saveRecording();
    await this.writer.settled();
    const record = this.writer.current;
    // A call that never got a word in is not a conversation worth listing.
    if (record && record.spans.length === 1 && record.lines.length === 0) {
      this.writer.forget();
      useConversationUi.setState({ currentId: null });
      await this.store.delete(record.id).catch(() => undefined);
    }
    conversationsChanged();
  }

  private onTranscript(): void {
    const state = useTranscriptStore.getState();
    const now = Date.now();
    for (const id of state.order) if (!this.firstSeen.has(id)) this.firstSeen.set(id, now);
    this.writer.change((record) => withTranscript(record, transcriptLines(state), (id) => this.firstSeen.get(id) ?? now));
  }

  private onFigures(): void {
    if (this.spanLive) this.writer.change((record) => withSpanTurns(record, this.figures.current()));
  }

  private startRecording(): void {
    if (!useConversationUi.getState().recordingWanted || !CallRecorder.isSupported()) return;
    try {
      this.recorder = new CallRecorder();
      this.addRemoteAudio();
    } catch {
      this.recorder = null;
    }
  }

  /** The call's tracks, from its peer connection: the microphone as sent, and the persona's once it arrives. */
  private addRemoteAudio(): void {
    const connection = this.recorder ? callController.peerConnection() : null;
    if (!connection || !this.recorder) return;
    for (const sender of connection.getSenders()) if (sender.track) this.recorder.add(sender.track);
    for (const receiver of connection.getReceivers()) this.recorder.add(receiver.track);
  }

  private async saveRecording(): Promise<void> {
    const recorder = this.recorder;
    this.recorder = null;
    const record = this.writer.current;
    if (!recorder || !record) return;
    const { audio, durationMs } = await recorder.stop();
    const span = record.spans.length - 1;
    const key = `${record.id}#${span}`;
    // Shown for download even if storage fails: it is in memory until the page closes.
    useConversationUi.setState({ lastRecording: { conversationId: record.id, key, bytes: audio.size, mimeType: RECORDING_MIME_TYPE } });
    rememberRecording(key, audio);
    try {
      await this.store.saveRecording(key, record.id, audio);
      this.writer.change((current) => withRecording(current, { key, span, bytes: audio.size, mimeType: RECORDING_MIME_TYPE, durationMs }));
    } catch (error) {
      this.onFault(error as StorageFault);
    }
  }

  /**
   * A call saved without an end, whose page holds no lock any more, ended with that page (a reload, a crash, a
   * closed tab): it is closed as such, and the newest one comes back on screen with Continue.
   */
  private async closeCallsOfClosedPages(): Promise<void> {
    try {
      const [{ records }, held] = await Promise.all([this.store.list(), this.locks.heldElsewhere()]);
      const closed = records.filter((record) => lastSpan(record).endedAt === null && !held?.has(record.id));
      for (const record of closed) {
        const endedAt = Math.max(record.updatedAt, ...record.lines.map((line) => line.at));
        await this.store.save(withSpanEnded(record, 'page_closed', endedAt), true);
      }
      const newest = records[0];
      const untouched = useTranscriptStore.getState().order.length === 0 && useCallStore.getState().status === 'idle';
      if (newest && closed.includes(newest) && untouched && Date.now() - newest.updatedAt < RESUMABLE_FOR_MS) {
        const reloaded = await this.store.load(newest.id);
        if (reloaded) {
          this.show(reloaded);
          useConversationUi.setState({ resumableId: reloaded.id });
        }
      }
      if (closed.length) conversationsChanged();
    } catch (error) {
      this.onFault(error as StorageFault);
    }
  }

  private onFault(fault: StorageFault): void {
    reportStorageFault(fault.kind);
  }
}

/** Recordings of this visit stay downloadable even when storage refused them. */
const recordingsInMemory = new Map<string, Blob>();

function rememberRecording(key: string, audio: Blob): void {
  recordingsInMemory.set(key, audio);
}

export async function recordingAudio(key: string): Promise<Blob | undefined> {
  return recordingsInMemory.get(key) ?? sharedConversationStore().loadRecording(key);
}

let keeper: ConversationKeeper | null = null;

export function startKeepingConversations(figures: TurnFiguresSource): () => void {
  keeper ??= new ConversationKeeper(figures);
  return keeper.start();
}

/** The page's keeper, once app/ started it. */
export function conversationKeeper(): ConversationKeeper | null {
  return keeper;
}
