import { currentLocale } from '../i18n/locale';
import { messagesNow } from '../i18n/catalogue';
import { conversationJson, conversationMarkdown, downloadFile, exportFileName } from './conversation-export';
import { conversationKeeper, recordingAudio } from './conversation-keeper';
import type { ConversationRecord } from './conversation-record';
import { sharedConversationStore } from './shared-store';
import { conversationsChanged, reportStorageFault } from './conversation-ui-store';
import { conversationMessages } from './messages';
import { storageFaultOf } from './storage-fault';

/** What the buttons do; each failure of storage becomes the one message, never an exception in a handler. */
async function guarded<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    reportStorageFault(storageFaultOf(error).kind);
    return null;
  }
}

function loadRecord(id: string): Promise<ConversationRecord | null> {
  return guarded(async () => (await conversationKeeper()?.record(id)) ?? (await sharedConversationStore().load(id)));
}

export async function exportConversation(id: string, as: 'markdown' | 'json'): Promise<void> {
  const record = await loadRecord(id);
  if (!record) return;
  if (as === 'json') downloadFile(exportFileName(record, 'json'), conversationJson(record, Date.now()), 'application/json');
  else downloadFile(exportFileName(record, 'md'), conversationMarkdown(record, messagesNow(conversationMessages), currentLocale()), 'text/markdown');
}

export async function downloadRecording(id: string, key: string): Promise<void> {
  const [record, audio] = await Promise.all([loadRecord(id), guarded(() => recordingAudio(key))]);
  if (!record || !audio) return;
  const span = Number(key.split('#')[1] ?? 0);
  downloadFile(exportFileName(record, span > 0 ? `${span + 1}.webm` : 'webm'), audio, audio.type);
}

export function continueConversation(id: string): void {
  void conversationKeeper()?.continueConversation(id);
}

export async function deleteConversation(id: string): Promise<void> {
  conversationKeeper()?.forgetIfCurrent(id);
  await guarded(() => sharedConversationStore().delete(id));
  conversationsChanged();
}

export async function deleteAllConversations(): Promise<void> {
  conversationKeeper()?.forgetIfCurrent(null);
  await guarded(() => sharedConversationStore().deleteAll());
  conversationsChanged();
}
