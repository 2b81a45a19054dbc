import { create } from 'zustand';
import { sharedConversationStore } from '../conversations/shared-store';
import { currentLocale } from '../i18n/locale';
import { classifyGeminiError, type GeminiFailure } from '../persona/gemini-errors';
import { geminiConnection, useGeminiSettings } from '../persona/gemini-settings';
import { PersonaGenerationError } from '../persona/generate-persona';
import type { Persona } from '../persona/persona-schema';
import type { DifficultyId, ScenarioTypeId } from '../persona/scenarios';
import { generateReport, type ReportUsage } from './generate-report';
import type { ReportLine } from './report-lines';
import type { Report, ReportDraft } from './report-schema';
import { readSavedReport, type SavedReport } from './saved-report';

export type ReportStatus = 'idle' | 'loading' | 'writing' | 'done' | 'failed';

export interface ReportState {
  /** The conversation the report is about. */
  conversationId: string | null;
  status: ReportStatus;
  draft: ReportDraft;
  report: Report | null;
  lines: ReportLine[];
  failure: GeminiFailure | null;
  usage: ReportUsage | null;
  droppedQuotes: number;
  /** Whether the finished report is kept with the conversation (null before it is finished). */
  saved: boolean | null;
  /** performance.now() marks of this visit's writing, for the page and the tests. */
  startedAt: number | null;
  firstTextAt: number | null;
  doneAt: number | null;
}

export interface ReportInput {
  conversationId: string;
  persona: Persona;
  lines: ReportLine[];
  difficulty: DifficultyId;
  scenario: ScenarioTypeId | '';
}

const empty: Omit<ReportState, 'conversationId'> = {
  status: 'idle', draft: {}, report: null, lines: [], failure: null, usage: null, droppedQuotes: 0, saved: null, startedAt: null, firstTextAt: null, doneAt: null,
};

export const useReportStore = create<ReportState>()(() => ({ conversationId: null, ...empty }));

let running: AbortController | null = null;

/** Shows the report kept with a conversation, if there is one; says whether there was. */
export async function showSavedReport(conversationId: string): Promise<boolean> {
  if (useReportStore.getState().conversationId === conversationId && useReportStore.getState().status !== 'idle') return true;
  stopReport();
  useReportStore.setState({ conversationId, ...empty, status: 'loading' });
  const saved = await loadSavedReport(conversationId);
  if (useReportStore.getState().conversationId !== conversationId) return saved !== null;
  if (!saved) {
    useReportStore.setState({ status: 'idle' });
    return false;
  }
  useReportStore.setState({ status: 'done', report: saved.report, draft: saved.report, lines: saved.lines, usage: saved.usage, droppedQuotes: saved.droppedQuotes, saved: true });
  return true;
}

export async function loadSavedReport(conversationId: string): Promise<SavedReport | null> {
  try {
    return readSavedReport(await sharedConversationStore().loadReport(conversationId));
  } catch {
    return null; // storage unavailable: the page offers to write it instead
  }
}

/** Writes (or writes again) the report of a conversation, streaming it into the store, and keeps it with the conversation. */
export async function writeReport(input: ReportInput): Promise<void> {
  stopReport();
  const abort = new AbortController();
  running = abort;
  const startedAt = performance.now();
  useReportStore.setState({ conversationId: input.conversationId, ...empty, status: 'writing', lines: input.lines, startedAt });
  const settings = useGeminiSettings.getState();
  const connection = geminiConnection(settings, globalThis.location?.origin ?? 'http://127.0.0.1');
  const current = () => running === abort;
  try {
    const report = await generateReport(
      { persona: input.persona, lines: input.lines, uiLocale: currentLocale(), difficulty: input.difficulty, scenario: input.scenario },
      connection,
      {
        signal: abort.signal,
        onPartial: (draft) => {
          if (!current()) return;
          const firstTextAt = useReportStore.getState().firstTextAt ?? (typeof draft.summary === 'string' && draft.summary ? performance.now() : null);
          useReportStore.setState({ draft, firstTextAt });
        },
        onUsage: (usage) => current() && useReportStore.setState({ usage }),
      },
    );
    if (!current()) return;
    const rawCount = useReportStore.getState().draft.corrections;
    const droppedQuotes = Array.isArray(rawCount) ? Math.max(0, rawCount.length - report.corrections.length) : 0;
    useReportStore.setState({ status: 'done', report, draft: report, droppedQuotes, doneAt: performance.now() });
    const saved: SavedReport = { schemaVersion: 1, report, lines: input.lines, usage: useReportStore.getState().usage, droppedQuotes, writtenAt: Date.now() };
    const ok = await sharedConversationStore().saveReport(input.conversationId, saved).then(() => true, () => false);
    if (useReportStore.getState().conversationId === input.conversationId) useReportStore.setState({ saved: ok });
  } catch (error) {
    if (!current()) return;
    const failure = error instanceof PersonaGenerationError ? error.failure : classifyGeminiError(error, { model: connection.model, ownKey: connection.ownKey });
    // What was written so far stays on screen under the message; the transcript is untouched.
    useReportStore.setState({ status: 'failed', failure });
  } finally {
    if (running === abort) running = null;
  }
}

/** Stop pressed: the writing ends as an 'aborted' failure, keeping what was written so far on screen. */
export function cancelReport(): void {
  running?.abort();
}

export function stopReport(): void {
  running?.abort();
  running = null;
}
