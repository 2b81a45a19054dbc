import { useEffect, useMemo, useState } from 'react';
import { callController } from '../call/call-engine';
import { useCallStore } from '../call/call-store';
import { highlightLine, useLineHighlight } from '../call/line-highlight';
import { transcriptLines } from '../call/transcript-reducer';
import { useTranscriptStore } from '../call/transcript-store';
import { totalCostUsd } from '../conversations/conversation-record';
import { useConversationUi } from '../conversations/conversation-ui-store';
import { formatCost } from '../conversations/figures-format';
import { sharedConversationStore } from '../conversations/shared-store';
import { useMessages } from '../i18n/catalogue';
import { usePersonaStore } from '../persona/persona-store';
import { armPracticeNotes, practiceNotesFor } from './practice-notes';
import { registerReportInHistory } from './report-in-history';
import { reportFailureText, reportMessages } from './report-messages';
import { MIN_USER_TURNS, reportLinesOf, userTurnCount } from './report-lines';
import { cancelReport, showSavedReport, useReportStore, writeReport } from './report-store';
import { ReportView } from './report-view';
import { shownCorrections } from './draft-reading';
import './report.css';

registerReportInHistory();

/** Conversations whose report this visit already started on its own, so a remount does not start it again. */
const autoStarted = new Set<string>();

interface ReportPanelProps {
  /** The token server has no Gemini at all (health says gemini mode "off"). */
  geminiOff: boolean;
}

/** Under the transcript after a call: the coaching report, written on its own when the call ends. */
export default function ReportPanel({ geminiOff }: ReportPanelProps) {
  const m = useMessages(reportMessages);
  const status = useCallStore((state) => state.status);
  const conversationId = useConversationUi((state) => state.currentId);
  const order = useTranscriptStore((state) => state.order);
  const transcript = useTranscriptStore((state) => state.lines);
  const lines = useMemo(() => reportLinesOf(transcriptLines({ order, lines: transcript })), [order, transcript]);
  const report = useReportStore();
  const selected = useLineHighlight((state) => state.lineId);
  const turns = userTurnCount(lines);
  const enough = turns >= MIN_USER_TURNS;
  const mine = report.conversationId === conversationId;

  const write = () => {
    const { persona, request } = usePersonaStore.getState();
    if (!conversationId || !persona) return;
    void writeReport({ conversationId, persona, lines, difficulty: request.difficulty, scenario: request.scenario });
  };

  useEffect(() => {
    if (!conversationId) return;
    let cancelled = false;
    void showSavedReport(conversationId).then((found) => {
      if (cancelled || found || geminiOff || autoStarted.has(conversationId)) return;
      if (useCallStore.getState().status !== 'ended' || !enough) return;
      autoStarted.add(conversationId);
      write();
    });
    return () => {
      cancelled = true;
    };
    // Only a new conversation (or Gemini coming back) looks again; a line changing does not restart anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversationId, geminiOff]);

  useEffect(() => () => highlightLine(null), []);

  if (!conversationId || (status !== 'ended' && status !== 'failed' && status !== 'idle')) return null;
  const state = mine ? report : null;
  const shown = state && (state.status === 'writing' || state.status === 'done' || state.status === 'failed');

  const practiceAgain = () => {
    if (!state?.report) return;
    const corrections = shownCorrections(state.report, state.lines);
    armPracticeNotes(practiceNotesFor(corrections, state.report.focus));
    void callController.start();
  };

  return (
    <section className="report" aria-label={m.title} data-report-status={state?.status ?? 'idle'} data-first-text-ms={timing(state?.startedAt, state?.firstTextAt)} data-done-ms={timing(state?.startedAt, state?.doneAt)}>
      <h3>{m.title}</h3>
      {geminiOff && !shown ? <p className="report-note" data-report-unavailable="">{m.noGemini}</p> : null}
      {!geminiOff && !enough && !shown ? <p className="report-note">{m.tooShort(turns)}</p> : null}
      {!geminiOff && enough && !shown && state?.status !== 'loading' ? (
        <div className="report-offer">
          <p>{m.offer}</p>
          <button type="button" className="primary" onClick={write} data-action="write-report">
            {m.create}
          </button>
        </div>
      ) : null}
      {state?.status === 'writing' ? (
        <p className="report-writing" role="status">
          {m.writing}{' '}
          <button type="button" className="quiet" onClick={cancelReport}>
            {m.stop}
          </button>
        </p>
      ) : null}
      {state?.status === 'failed' && state.failure ? (
        <div className="report-failure" role="alert">
          <p>{reportFailureText(m, state.failure.code, state.failure.params, state.failure.message)}</p>
          <button type="button" className="primary" onClick={write} data-action="retry-report">
            {m.retry}
          </button>
        </div>
      ) : null}
      {shown && state ? <ReportView draft={state.draft} lines={state.lines} selectedLineId={selected} onSelectLine={(id) => highlightLine(selected === id ? null : id)} /> : null}
      {state?.status === 'done' && state.droppedQuotes > 0 ? <p className="report-note">{m.droppedQuotes(state.droppedQuotes)}</p> : null}
      {state?.usage ? <ReportFigures conversationId={conversationId} promptTokens={state.usage.promptTokens} outputTokens={state.usage.outputTokens} /> : null}
      {state?.status === 'done' ? (
        <>
          {state.saved !== null ? <p className="report-note">{state.saved ? m.saved : m.notSaved}</p> : null}
          <div className="report-actions">
            <button type="button" className="primary" onClick={practiceAgain} title={m.practiceHint} data-action="practice-again">
              {m.practiceAgain}
            </button>
            {!geminiOff && enough ? (
              <button type="button" className="quiet" onClick={write} data-action="regenerate-report">
                {m.regenerate}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function timing(start: number | null | undefined, at: number | null | undefined): number | undefined {
  return start != null && at != null ? Math.round(at - start) : undefined;
}

/** The Gemini tokens of the report beside what the call itself cost (from the saved conversation). */
function ReportFigures({ conversationId, promptTokens, outputTokens }: { conversationId: string; promptTokens: number; outputTokens: number }) {
  const m = useMessages(reportMessages);
  const [callCost, setCallCost] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    sharedConversationStore()
      .load(conversationId)
      .then((record) => !cancelled && setCallCost(record ? totalCostUsd(record) : null))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [conversationId]);
  return (
    <p className="report-figures" data-report-tokens={promptTokens + outputTokens}>
      {m.tokens(promptTokens, outputTokens)}
      {callCost !== null ? ` · ${m.callCost(formatCost(callCost))}` : null}
    </p>
  );
}
