import { useEffect, useState } from 'react';
import type { ConversationRecord } from '../conversations/conversation-record';
import { setConversationReaderExtra } from '../conversations/reader-extras';
import { useMessages } from '../i18n/catalogue';
import { reportMessages } from './report-messages';
import { loadSavedReport } from './report-store';
import { ReportView } from './report-view';
import type { SavedReport } from './saved-report';

/** A saved conversation's report, in the History reader. */
function SavedReportSection({ conversationId }: { conversationId: string }) {
  const m = useMessages(reportMessages);
  const [saved, setSaved] = useState<SavedReport | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadSavedReport(conversationId).then((found) => !cancelled && setSaved(found));
    return () => {
      cancelled = true;
    };
  }, [conversationId]);
  if (!saved) return null;
  return (
    <section className="report report-saved" aria-label={m.title} data-saved-report="">
      <h4>{m.title}</h4>
      <ReportView draft={saved.report} lines={saved.lines} />
      {saved.usage ? <p className="report-figures">{m.tokens(saved.usage.promptTokens, saved.usage.outputTokens)}</p> : null}
    </section>
  );
}

export function registerReportInHistory(): void {
  setConversationReaderExtra((record: ConversationRecord) => <SavedReportSection key={record.id} conversationId={record.id} />);
}
