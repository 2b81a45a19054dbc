import * as z from 'zod/mini';

const text = (max: number, description: string) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.describe(description));
const lineRef = () => z.string().check(z.minLength(1), z.maxLength(40), z.describe('The id of the transcript line this is about, exactly as given in the transcript (e.g. "u2").'));
const list = <T extends z.ZodMiniType>(item: T, max: number, description: string) => z.array(item).check(z.maxLength(max), z.describe(description));
const score = (description: string) => z.int().check(z.minimum(1), z.maximum(5), z.describe(description));

export const GOAL_VERDICTS = ['yes', 'partly', 'not_yet'] as const;
export const CORRECTION_KINDS = ['grammar', 'word_choice', 'register', 'naturalness'] as const;
export type GoalVerdict = (typeof GOAL_VERDICTS)[number];
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * The single source of truth for a coaching report: the type, runtime validation and (via report-json-schema.ts)
 * the JSON Schema Gemini fills. Key order is writing order, so the summary streams in first.
 */
export const reportSchema = z.object({
  summary: text(400, 'Two short lines summing up the conversation, written in the explanation language.'),
  goal: z.object({
    reached: z.enum(GOAL_VERDICTS).check(z.describe('Whether the learner reached the goal of the scene.')),
    why: text(400, 'One or two sentences on why, in the explanation language.'),
  }),
  wentWell: list(
    z.object({ line: lineRef(), point: text(300, 'What the learner did well at that moment, in the explanation language.') }),
    4,
    'One to three things the learner did well, each tied to a line of the transcript.',
  ),
  corrections: list(
    z.object({
      line: lineRef(),
      quote: text(300, "The learner's own words from that line, copied exactly, in the conversation language."),
      better: text(300, 'A better way to say it, in the conversation language.'),
      kind: z.enum(CORRECTION_KINDS).check(z.describe('What the correction is about.')),
      why: text(300, 'Why it is better, in the explanation language.'),
    }),
    6,
    "Up to five corrections of the learner's lines (never the other speaker's).",
  ),
  phrases: list(
    z.object({
      phrase: text(120, 'A useful phrase or new word from or for this conversation, in the conversation language.'),
      meaning: text(200, 'Its meaning, in the explanation language.'),
    }),
    8,
    'Useful phrases and new words with their meaning.',
  ),
  focus: text(300, 'The one thing to focus on next time, in the explanation language.'),
  scores: z.optional(
    z.object({
      task: score('Task: 1 = goal not attempted, 3 = partly done, 5 = fully done.'),
      fluency: score('Fluency: 1 = single words with long gaps, 3 = short sentences, 5 = flowing talk.'),
      accuracy: score('Accuracy: 1 = errors hide the meaning, 3 = errors that do not hide it, 5 = almost none.'),
    }),
  ),
});

export type Report = z.infer<typeof reportSchema>;
export type Correction = Report['corrections'][number];
export type ReportField = keyof Report;
export const REPORT_FIELDS = Object.keys(reportSchema.shape) as ReportField[];
export const SCORE_NAMES = ['task', 'fluency', 'accuracy'] as const;

/** What is on screen while streaming: any field may be missing or half written. */
export type ReportDraft = { [K in ReportField]?: unknown };

export type ReportValidation = { ok: true; report: Report } | { ok: false; problems: string };

export function validateReport(value: unknown): ReportValidation {
  const result = reportSchema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'report'}: ${issue.code}`).join('; ') };
}

/** Keeps the fields of a partial value that are shaped right so far, for the streaming view. */
export function toReportDraft(value: unknown): ReportDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const source = value as Record<string, unknown>;
  const draft: ReportDraft = {};
  for (const field of REPORT_FIELDS) if (source[field] !== undefined) draft[field] = source[field];
  return draft;
}
