import { ConversationStore } from './conversation-store';
import { IndexedDbBackend } from './indexeddb-backend';

let shared: ConversationStore | null = null;

/** The page's one store: IndexedDB, opened on first use (a page without it fails each use with one fault). */
export function sharedConversationStore(): ConversationStore {
  shared ??= new ConversationStore(new IndexedDbBackend());
  return shared;
}
