import { fillSchema } from './schema-filler.ts';
import type { PromptFacts } from './prompt-facts.ts';
import type { FeedbackRequest, TranscriptLine } from './transcript-reading.ts';

type Schema = Record<string, unknown>;

/**
 * A feedback report asked for by its schema: somewhere in it is a list whose items carry a `quote` (what the
 * learner said). A model reads that from the schema it is given; so does the stand-in.
 */
export function asksForFeedback(schema: unknown): boolean {
  if (!isSchema(schema)) return false;
  const properties = isSchema(schema.properties) ? schema.properties : {};
  return Object.values(properties).some((p) => isSchema(p) && isSchema(p.items) && isSchema(p.items.properties) && 'quote' in p.items.properties);
}

const WORDS = {
  en: {
    summary: (n: number, name: string) => `You took ${n} turns with ${name} and kept the conversation moving.\nYour answers were clear; a few phrasings can sound more natural.`,
    why: 'You answered every question, but some answers were short.',
    point: (said: string) => `You answered directly: "${short(said)}".`,
    correctionWhy: 'A fuller, more polite phrasing sounds more natural in this situation.',
    meaning: 'A phrase from the conversation worth keeping.',
    focus: 'Give longer answers with one detail or example each.',
    other: 'Noted from the conversation.',
  },
  ko: {
    summary: (n: number, name: string) => `${name}와(과) ${n}번 말을 주고받으며 대화를 이어 갔습니다.\n대답은 분명했고, 몇몇 표현은 더 자연스럽게 다듬을 수 있습니다.`,
    why: '모든 질문에 대답했지만 일부 대답이 짧았습니다.',
    point: (said: string) => `바로 대답했습니다: "${short(said)}".`,
    correctionWhy: '이 상황에서는 조금 더 완전하고 공손한 표현이 자연스럽습니다.',
    meaning: '대화에 나온, 기억해 둘 만한 표현입니다.',
    focus: '대답마다 구체적인 내용이나 예를 하나씩 덧붙여 길게 말해 보세요.',
    other: '대화에서 눈에 띈 점입니다.',
  },
};

function short(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text.trim();
}

/** The learner's own words, copied exactly: the first sentence of the line (or the whole line). */
function quoteOf(line: TranscriptLine): string {
  const first = /^.+?[.!?。](?=\s|$)/.exec(line.text.trim())?.[0];
  return (first ?? line.text).trim();
}

function betterOf(quote: string, language: 'en' | 'ko'): string {
  if (language === 'ko') return quote.replace(/[.!?]*$/, '').concat(/요$|다$/.test(quote.replace(/[.!?]*$/, '')) ? '. 감사합니다.' : '요.');
  const softened = quote.replace(/\bI want\b/i, 'I would like').replace(/\bcan I\b/i, 'could I').replace(/\bgive me\b/i, 'could I have');
  return softened === quote ? `${quote.replace(/[.!?]*$/, '')}, if that is all right.` : softened;
}

/** Fills the report schema from the transcript in the request: quotes are the learner's real lines. */
export function writeFeedback(schema: Schema, request: FeedbackRequest, facts: PromptFacts): unknown {
  const words = WORDS[request.explainIn];
  const learner = request.learnerLines.length ? request.learnerLines : [{ id: '', speaker: 'learner', text: facts.brief }];
  const longestFirst = [...learner].sort((a, b) => b.text.length - a.text.length);
  const otherName = request.explainIn === 'ko' ? '상대' : 'the other speaker';

  const itemFor = (index: number): TranscriptLine => longestFirst[index % longestFirst.length]!;
  const text = (property: string, item: TranscriptLine | null): string | undefined => {
    const line = item ?? itemFor(0);
    switch (property) {
      case 'summary': return words.summary(learner.length, otherName);
      case 'why': return item ? words.correctionWhy : words.why;
      case 'point': return words.point(line.text);
      case 'line': return line.id;
      case 'quote': return quoteOf(line);
      case 'better': return betterOf(quoteOf(line), request.spokenIn);
      case 'phrase': return short(request.otherLines[0]?.text ?? line.text).split(/\s+/).slice(0, 4).join(' ');
      case 'meaning': return words.meaning;
      case 'focus': return words.focus;
      default: return undefined;
    }
  };

  const fill = (s: unknown, property: string, item: TranscriptLine | null): unknown => {
    if (!isSchema(s)) return text(property, item) ?? words.other;
    if (Array.isArray(s.enum) && s.enum.length) return s.enum.includes('partly') ? 'partly' : s.enum[facts.seed % s.enum.length];
    const type = typeOf(s);
    if (type === 'object') {
      const properties = isSchema(s.properties) ? s.properties : {};
      const ordering = Array.isArray(s.propertyOrdering) ? (s.propertyOrdering as string[]) : Object.keys(properties);
      const keys = [...ordering.filter((k) => k in properties), ...Object.keys(properties).filter((k) => !ordering.includes(k))];
      return Object.fromEntries(keys.map((key) => [key, fill(properties[key], key, item)]));
    }
    if (type === 'array') {
      const max = typeof s.maxItems === 'number' ? s.maxItems : 3;
      const count = Math.max(Number(s.minItems ?? 1), Math.min(max, 2, learner.length));
      return Array.from({ length: count }, (_, i) => fill(s.items, property, itemFor(i)));
    }
    if (type === 'integer' || type === 'number') {
      const min = typeof s.minimum === 'number' ? s.minimum : 1;
      const high = typeof s.maximum === 'number' ? s.maximum : 5;
      return Math.min(high, Math.max(min, Math.ceil((min + high) / 2) + (facts.seed % 2)));
    }
    if (type === 'string') return text(property, item) ?? words.other;
    return fillSchema(s, facts, property);
  };
  return fill(schema, 'report', null);
}

function typeOf(s: Schema): string {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null' && t !== 'NULL') : s.type;
  if (typeof type === 'string') return type.toLowerCase();
  if (isSchema(s.properties)) return 'object';
  return 'string';
}

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
