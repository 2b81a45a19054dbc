import { useEffect, useState } from 'react';
import type { ConversationRecord } from './conversation-record';
import { sharedConversationStore } from './shared-store';
import { reportStorageFault, useConversationUi } from './conversation-ui-store';
import { storageFaultOf } from './storage-fault';

export type SavedConversations = { state: 'loading' } | { state: 'ready'; records: ConversationRecord[] } | { state: 'failed' };

/** The saved conversations, read again whenever one changes; a damaged record is counted, said once, and skipped. */
export function useSavedConversations(active: boolean): SavedConversations {
  const revision = useConversationUi((state) => state.revision);
  const [result, setResult] = useState<SavedConversations>({ state: 'loading' });
  useEffect(() => {
    if (!active) return;
    let current = true;
    sharedConversationStore()
      .list()
      .then(({ records, unreadable }) => {
        if (unreadable > 0) reportStorageFault('unreadable');
        if (current) setResult({ state: 'ready', records });
      })
      .catch((error: unknown) => {
        reportStorageFault(storageFaultOf(error).kind);
        if (current) setResult({ state: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [active, revision]);
  return result;
}
