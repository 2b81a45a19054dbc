import type { ReactNode } from 'react';
import type { ConversationRecord } from './conversation-record';

type ReaderExtra = (record: ConversationRecord) => ReactNode;
let extra: ReaderExtra | null = null;

/**
 * Lets an area above conversations/ (the coaching report) show its part of a saved conversation in History
 * without conversations/ knowing it: the report registers itself when its code loads.
 */
export function setConversationReaderExtra(render: ReaderExtra | null): void {
  extra = render;
}

export function conversationReaderExtra(record: ConversationRecord): ReactNode {
  return extra ? extra(record) : null;
}
