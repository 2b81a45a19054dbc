import { languageInfo } from '../persona/languages';
import type { Persona } from '../persona/persona-schema';
import { difficultyById, scenarioById, type DifficultyId, type ScenarioTypeId } from '../persona/scenarios';
import type { UiLocale } from '../i18n/locale';
import type { ReportLine } from './report-lines';

/** What the report is written from. */
export interface ReportRequest {
  persona: Persona;
  lines: readonly ReportLine[];
  /** The page's language: the explanations are written in it. */
  uiLocale: UiLocale;
  difficulty: DifficultyId;
  scenario: ScenarioTypeId | '';
}

export const REPORT_SYSTEM_INSTRUCTION = [
  'You are a language coach. A learner has just finished a spoken role-play call with a character; you write their feedback report.',
  'Reply with one JSON object that follows the response schema exactly, and nothing else.',
  "Quotes are the learner's own words copied exactly from one learner line of the transcript; never quote the character, never invent words the learner did not say.",
  'Quotes and better phrasings stay in the conversation language; every explanation is written in the explanation language.',
  'Refer to lines by the ids given in the transcript. Be specific, kind and honest; correct only what matters most.',
].join('\n');

const TONE: Record<DifficultyId, string> = {
  easy: 'encouraging and gentle: praise first, at most three corrections, simple explanations',
  normal: 'balanced: clear praise and the corrections that matter most',
  hard: 'demanding and precise, like a strict coach: name every important error and how a fluent speaker would say it',
};

function languageName(code: string): string {
  return code === 'ko' || code === 'en' ? `${languageInfo(code).englishName} (${code})` : code;
}

/** The transcript as JSON lines, so every quote can be copied exactly and every line named by its id. */
export function transcriptBlock(lines: readonly ReportLine[]): string {
  return lines.map((line) => JSON.stringify({ id: line.ref, speaker: line.speaker === 'user' ? 'learner' : 'character', text: line.text })).join('\n');
}

export function buildReportPrompt(request: ReportRequest): string {
  const { persona } = request;
  const scenario = scenarioById(request.scenario);
  const out = [
    `Conversation language: ${languageName(persona.language)}`,
    `Explanation language: ${languageName(request.uiLocale)}`,
    `Character: ${persona.name}, ${persona.role}`,
    `Scene: ${persona.scene.replace(/\s+/g, ' ')}`,
    `Learner's goal: ${persona.userGoal.replace(/\s+/g, ' ')}`,
  ];
  if (scenario) out.push(`Scenario: ${scenario.label} — ${scenario.prompt}`);
  out.push(`Difficulty: ${difficultyById(request.difficulty).label} — make the tone ${TONE[request.difficulty]}.`);
  out.push('Transcript (one JSON object per line; id, speaker, text):', transcriptBlock(request.lines));
  out.push(`Write the report now: explanations in ${languageName(request.uiLocale)}, quotes and better phrasings in ${languageName(persona.language)}.`);
  return out.join('\n');
}

/** Sent after an answer that did not validate (the answer goes back as the model turn). */
export function buildReportRepairPrompt(problems: string): string {
  return ['The JSON you wrote does not fit the report schema.', `Problems: ${problems}`, 'Reply with the corrected JSON object only.'].join('\n');
}
