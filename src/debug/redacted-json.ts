import { redactValue } from '../../server-token/contract';

/** Pretty JSON of the redacted value: what the detail pane shows, the copy button copies and search looks in. */
export function redactedJson(value: unknown, eventType?: string): string {
  return JSON.stringify(redactValue(value, eventType), null, 2) ?? 'undefined';
}
