import { useMessages } from '../i18n/catalogue';
import { useLocaleStore } from '../i18n/locale';
import { deleteConversation, downloadRecording, exportConversation } from './conversation-actions';
import { durationMs, lastSpan, totalCostUsd, type ConversationRecord } from './conversation-record';
import { formatBytes, formatCost, formatDate, formatDuration, formatTime } from './figures-format';
import { conversationMessages } from './messages';
import { conversationReaderExtra } from './reader-extras';

interface ReaderProps {
  record: ConversationRecord;
  /** No call runs now: it can be continued (and deleted, even if it is the one on screen). */
  canContinue: boolean;
  /** It is the conversation of the call running now, which keeps writing it: it cannot be deleted meanwhile. */
  live: boolean;
  onBack(): void;
  onContinue(): void;
}

/** One saved conversation to read, with what can be done with it. */
export function ConversationReader({ record, canContinue, live, onBack, onContinue }: ReaderProps) {
  const m = useMessages(conversationMessages);
  const locale = useLocaleStore((state) => state.locale);
  const span = lastSpan(record);
  const cost = totalCostUsd(record);
  return (
    <article className="conv-reader" data-conversation-id={record.id}>
      <button type="button" className="quiet" onClick={onBack} data-action="back">
        {m.backToList}
      </button>
      <h3>{m.conversationWith(record.persona.name)}</h3>
      <p className="conv-facts">
        {[
          formatDate(record.spans[0]!.startedAt, locale),
          formatDuration(durationMs(record)),
          m.lineCount(record.lines.length),
          cost === null ? m.costUnknown : formatCost(cost),
          span.endReason ? m.endReason[span.endReason] : m.inProgress,
        ].join(' · ')}
      </p>
      <ol className="conv-lines">
        {record.lines.map((line) => (
          <li key={line.id} className={`conv-line conv-line-${line.speaker}`} data-speaker={line.speaker} data-status={line.status}>
            <span className="conv-line-who">{line.speaker === 'user' ? m.you : record.persona.name}</span>
            <time className="conv-line-time">{formatTime(line.at, locale)}</time>
            <span className="conv-line-text">{line.heard !== undefined ? `${line.heard}…` : line.text}</span>
            {line.status === 'interrupted' ? <span className="conv-line-note">{m.interrupted}</span> : null}
            {line.status === 'failed' ? <span className="conv-line-note">{m.notUnderstood}</span> : null}
          </li>
        ))}
      </ol>
      {conversationReaderExtra(record)}
      <div className="conv-actions">
        <button type="button" className="primary" disabled={!canContinue} onClick={onContinue} data-action="continue">
          {m.continueCall}
        </button>
        <button type="button" className="quiet" onClick={() => void exportConversation(record.id, 'markdown')} data-action="export-markdown">
          {m.exportMarkdown}
        </button>
        <button type="button" className="quiet" onClick={() => void exportConversation(record.id, 'json')} data-action="export-json">
          {m.exportJson}
        </button>
        {record.recordings.map((recording) => (
          <button key={recording.key} type="button" className="quiet" onClick={() => void downloadRecording(record.id, recording.key)} data-action="download-recording" data-bytes={recording.bytes}>
            {m.downloadRecording(formatBytes(recording.bytes))}
          </button>
        ))}
        <button
          type="button"
          className="danger"
          disabled={live}
          onClick={() => {
            void deleteConversation(record.id);
            onBack();
          }}
          data-action="delete"
        >
          {m.delete}
        </button>
      </div>
    </article>
  );
}
