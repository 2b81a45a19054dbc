import { useState } from 'react';
import { useCallStore } from '../call/call-store';
import { useMessages } from '../i18n/catalogue';
import { useLocaleStore } from '../i18n/locale';
import { continueConversation, deleteAllConversations } from './conversation-actions';
import { summarise } from './conversation-record';
import { ConversationReader } from './conversation-reader';
import { formatCost, formatDate, formatDuration } from './figures-format';
import { useConversationUi } from './conversation-ui-store';
import { conversationMessages } from './messages';
import { useSavedConversations } from './use-saved-conversations';

/** The list of past conversations, or the one being read. */
export function HistoryPanel({ onClose }: { onClose(): void }) {
  const m = useMessages(conversationMessages);
  const locale = useLocaleStore((state) => state.locale);
  const saved = useSavedConversations(true);
  const [openId, setOpenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const callRunning = useCallStore((state) => state.status === 'connecting' || state.status === 'connected' || state.status === 'ending');
  const currentId = useConversationUi((state) => state.currentId);

  if (saved.state === 'loading') return <p aria-busy="true">{m.loading}</p>;
  const records = saved.state === 'ready' ? saved.records : [];
  const open = records.find((record) => record.id === openId);
  if (open) {
    return (
      <ConversationReader
        record={open}
        canContinue={!callRunning}
        live={callRunning && open.id === currentId}
        onBack={() => setOpenId(null)}
        onContinue={() => {
          onClose();
          continueConversation(open.id);
        }}
      />
    );
  }
  if (records.length === 0) return <p className="conv-empty">{m.empty}</p>;

  return (
    <div className="conv-history">
      <ul className="conv-list">
        {records.map((record) => {
          const summary = summarise(record);
          return (
            <li key={record.id} className="conv-item" data-conversation-id={record.id}>
              <button type="button" className="conv-item-open" onClick={() => setOpenId(record.id)} data-action="open">
                <span className="conv-item-name">{summary.personaName}</span>
                <span className="conv-item-facts">
                  {[
                    formatDate(summary.startedAt, locale),
                    formatDuration(summary.durationMs),
                    m.lineCount(summary.lines),
                    summary.costUsd === null ? m.costUnknown : formatCost(summary.costUsd),
                  ].join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <div className="conv-confirm" role="group" aria-label={m.deleteAll}>
          <p>{m.confirmDeleteAll}</p>
          <button
            type="button"
            className="danger"
            data-action="confirm-delete-all"
            onClick={() => {
              setConfirming(false);
              void deleteAllConversations();
            }}
          >
            {m.confirmDeleteAllYes}
          </button>
          <button type="button" className="quiet" onClick={() => setConfirming(false)}>
            {m.cancel}
          </button>
        </div>
      ) : (
        // While a call runs it keeps writing its conversation, which would come back at once.
        <button type="button" className="quiet" disabled={callRunning} onClick={() => setConfirming(true)} data-action="delete-all">
          {m.deleteAll}
        </button>
      )}
    </div>
  );
}
