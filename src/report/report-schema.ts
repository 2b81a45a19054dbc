import * as z from 'zod/mini';

const text = (max: number, description: string) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.describe(description));
const lineRef = () => z.string().check(z.minLength(1), z.maxLength(40), z.describe('The id of the transcript line this is about, exactly as given in the transcript (e.g. "u2").'));
const score = (description: string) => z.int().check(z.minimum(1), z.maximum(5), z.describe(description));

export const GOAL_VERDICTS = ['yes', 'partly', 'not_yet'] as const;
export const CORRECTION_KINDS = ['grammar', 'word_choice', 'register', 'naturalness'] as const;
export type GoalVerdict = (typeof GOAL_VERDICTS)[number];
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

// zod/mini is in the first load (the persona's schema); its array and optional types would be hoisted into it
// if this file used them. So the lists and the optional scores are zod items put together here, by hand, and
// report-json-schema.ts does the same for the JSON Schema. Everything else is the zod schema, as for the persona.

/** The fields written first and last: one object schema. */
export const reportCore = z.object({
  summary: text(400, 'Two short lines summing up the conversation, written in the explanation language.'),
  goal: z.object({
    reached: z.enum(GOAL_VERDICTS).check(z.describe('Whether the learner reached the goal of the scene.')),
    why: text(400, 'One or two sentences on why, in the explanation language.'),
  }),
  focus: text(300, 'The one thing to focus on next time, in the explanation language.'),
});

/** The lists: each item a zod schema, with the list's cap and description. */
export const reportLists = {
  wentWell: {
    item: z.object({ line: lineRef(), point: text(300, 'What the learner did well at that moment, in the explanation language.') }),
    max: 4,
    description: 'One to three things the learner did well, each tied to a line of the transcript.',
  },
  corrections: {
    item: z.object({
      line: lineRef(),
      quote: text(300, "The learner's own words from that line, copied exactly, in the conversation language."),
      better: text(300, 'A better way to say it, in the conversation language.'),
      kind: z.enum(CORRECTION_KINDS).check(z.describe('What the correction is about.')),
      why: text(300, 'Why it is better, in the explanation language.'),
    }),
    max: 6,
    description: "Up to five corrections of the learner's lines (never the other speaker's).",
  },
  phrases: {
    item: z.object({
      phrase: text(120, 'A useful phrase or new word from or for this conversation, in the conversation language.'),
      meaning: text(200, 'Its meaning, in the explanation language.'),
    }),
    max: 8,
    description: 'Useful phrases and new words with their meaning.',
  },
} as const;

/** Optional: the model may leave the scores out. */
export const reportScores = z.object({
  task: score('Task: 1 = goal not attempted, 3 = partly done, 5 = fully done.'),
  fluency: score('Fluency: 1 = single words with long gaps, 3 = short sentences, 5 = flowing talk.'),
  accuracy: score('Accuracy: 1 = errors hide the meaning, 3 = errors that do not hide it, 5 = almost none.'),
});

type ListName = keyof typeof reportLists;
type ItemOf<K extends ListName> = z.infer<(typeof reportLists)[K]['item']>;
type Core = z.infer<typeof reportCore>;

export interface Report {
  summary: Core['summary'];
  goal: Core['goal'];
  wentWell: ItemOf<'wentWell'>[];
  corrections: ItemOf<'corrections'>[];
  phrases: ItemOf<'phrases'>[];
  focus: Core['focus'];
  scores?: z.infer<typeof reportScores>;
}
export type Correction = Report['corrections'][number];
export type ReportField = keyof Report;
/** Writing order: the summary streams in first. */
export const REPORT_FIELDS: ReportField[] = ['summary', 'goal', 'wentWell', 'corrections', 'phrases', 'focus', 'scores'];
export const LIST_FIELDS = Object.keys(reportLists) as ListName[];
export const SCORE_NAMES = ['task', 'fluency', 'accuracy'] as const;

/** What is on screen while streaming: any field may be missing or half written. */
export type ReportDraft = { [K in ReportField]?: unknown };

export type ReportValidation = { ok: true; report: Report } | { ok: false; problems: string };

export function validateReport(value: unknown): ReportValidation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: 'report: not an object' };
  const source = value as Record<string, unknown>;
  const problems: string[] = [];
  const parse = <T>(schema: z.ZodMiniType<T>, input: unknown, path: string): T | undefined => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    problems.push(...result.error.issues.map((issue) => `${[path, ...issue.path.map(String)].filter(Boolean).join('.') || 'report'}: ${issue.code}`));
    return undefined;
  };
  const list = <K extends ListName>(name: K): ItemOf<K>[] => {
    const { item, max } = reportLists[name];
    const input = source[name];
    if (!Array.isArray(input)) {
      problems.push(`${name}: ${input === undefined ? 'missing' : 'not a list'}`);
      return [];
    }
    if (input.length > max) problems.push(`${name}: more than ${max} items`);
    return input.map((entry, index) => parse(item as unknown as z.ZodMiniType<ItemOf<K>>, entry, `${name}.${index}`)).filter((entry): entry is ItemOf<K> => entry !== undefined);
  };
  const core = parse(reportCore, source, '');
  const report: Report | undefined = core && { summary: core.summary, goal: core.goal, wentWell: list('wentWell'), corrections: list('corrections'), phrases: list('phrases'), focus: core.focus };
  const scores = source.scores === undefined ? undefined : parse(reportScores, source.scores, 'scores');
  if (!report || problems.length) return { ok: false, problems: problems.join('; ') || 'report: invalid' };
  return { ok: true, report: scores ? { ...report, scores } : report };
}

/** Keeps the fields of a partial value that are shaped right so far, for the streaming view. */
export function toReportDraft(value: unknown): ReportDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const source = value as Record<string, unknown>;
  const draft: ReportDraft = {};
  for (const field of REPORT_FIELDS) if (source[field] !== undefined) draft[field] = source[field];
  return draft;
}
