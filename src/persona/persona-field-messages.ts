import { defineMessages } from '../i18n/catalogue';
import type { PersonaLanguage } from './languages';
import type { IssueProblem, PersonaField, PersonaIssue } from './persona-schema';
import { DIFFICULTIES, SCENARIO_TYPES, type DifficultyId, type ScenarioTypeId } from './scenarios';
import { VOICE_DESCRIPTIONS, type RealtimeVoice } from './voices';

/** The persona's own words: its fields, the choices it is made from, and what is wrong with it. */
export interface PersonaFieldMessages {
  /** Card labels (also the accessible names tests use). */
  fieldLabels: Record<PersonaField, string>;
  /** What an issue on the persona as a whole is called. */
  wholePersona: string;
  /** The voice select's description of each voice. */
  voiceDescriptions: Record<RealtimeVoice, string>;
  languageNames: Record<PersonaLanguage, string>;
  scenarioLabels: Record<ScenarioTypeId, string>;
  difficultyLabels: Record<DifficultyId, string>;
  /** What is wrong with a field, said after its label. */
  issue: (problem: IssueProblem) => string;
  /** A field's label with what is wrong with it. */
  fieldProblem: (label: string, problem: string) => string;
}

const labelsOf = <T extends { id: string; label: string }>(list: readonly T[]) =>
  Object.fromEntries(list.map((item) => [item.id, item.label])) as Record<T['id'], string>;

const en: PersonaFieldMessages = {
  fieldLabels: {
    name: 'Name',
    age: 'Age',
    role: 'Role',
    background: 'Background',
    personality: 'Personality',
    speakingStyle: 'Speaking style',
    scene: 'Scene',
    userGoal: "User's goal",
    openingLine: 'Opening line',
    voice: 'Voice',
    language: 'Persona language',
  },
  wholePersona: 'persona',
  // The English descriptions are the ones Gemini reads in the schema.
  voiceDescriptions: VOICE_DESCRIPTIONS,
  languageNames: { en: 'English', ko: 'Korean' },
  // The English labels are the ones the prompt names (scenarios.ts).
  scenarioLabels: labelsOf(SCENARIO_TYPES),
  difficultyLabels: labelsOf(DIFFICULTIES),
  issue: (p) => {
    switch (p.kind) {
      case 'missing':
        return 'is missing';
      case 'wrong_type':
        return `must be ${p.expected === 'int' ? 'a whole number' : `a ${p.expected}`}`;
      case 'empty':
        return 'must not be empty';
      case 'too_short':
        return `must be at least ${p.minimum} characters`;
      case 'too_small':
        return `must be at least ${p.minimum}`;
      case 'too_long':
        return `must be at most ${p.maximum} characters`;
      case 'too_big':
        return `must be at most ${p.maximum}`;
      case 'not_one_of':
        return `must be one of: ${p.values.join(', ')}`;
      case 'unknown_fields':
        return `has unknown fields: ${p.keys.join(', ')}`;
      case 'not_json':
        return `is not valid JSON (${p.detail})`;
      case 'other':
        return p.text;
    }
  },
  fieldProblem: (label, problem) => `${label} ${problem}`,
};

const ko: PersonaFieldMessages = {
  fieldLabels: {
    name: '이름',
    age: '나이',
    role: '역할',
    background: '배경',
    personality: '성격',
    speakingStyle: '말투',
    scene: '장면',
    userGoal: '사용자의 목표',
    openingLine: '첫 대사',
    voice: '목소리',
    language: '페르소나 언어',
  },
  wholePersona: '페르소나',
  voiceDescriptions: {
    alloy: '중성적, 고른 톤',
    ash: '남성, 또렷하고 직설적',
    ballad: '남성, 부드럽고 표현이 풍부함',
    coral: '여성, 밝고 친근함',
    echo: '남성, 차분하고 따뜻함',
    sage: '여성, 차분하고 신중함',
    shimmer: '여성, 가볍고 활기참',
    verse: '남성, 생기 있고 표현이 풍부함',
    marin: '여성, 자연스럽고 따뜻함',
    cedar: '남성, 자연스럽고 안정감 있음',
  },
  languageNames: { en: '영어', ko: '한국어' },
  scenarioLabels: {
    'job-interview': '채용 면접',
    'cafe-order': '카페에서 주문하기',
    'sales-call': '영업 전화',
    'manager-talk': '상사와의 어려운 대화',
    'language-practice': '언어 연습',
    'customer-complaint': '고객 불만 응대',
  },
  difficultyLabels: { easy: '쉬움', normal: '보통', hard: '어려움' },
  issue: (p) => {
    switch (p.kind) {
      case 'missing':
        return '값이 없습니다';
      case 'wrong_type':
        return p.expected === 'int' ? '정수여야 합니다' : p.expected === 'number' ? '숫자여야 합니다' : p.expected === 'string' ? '글이어야 합니다' : `${p.expected} 형식이어야 합니다`;
      case 'empty':
        return '비워 둘 수 없습니다';
      case 'too_short':
        return `${p.minimum}자 이상이어야 합니다`;
      case 'too_small':
        return `${p.minimum} 이상이어야 합니다`;
      case 'too_long':
        return `${p.maximum}자 이하여야 합니다`;
      case 'too_big':
        return `${p.maximum} 이하여야 합니다`;
      case 'not_one_of':
        return `다음 중 하나여야 합니다: ${p.values.join(', ')}`;
      case 'unknown_fields':
        return `알 수 없는 항목이 있습니다: ${p.keys.join(', ')}`;
      case 'not_json':
        return `올바른 JSON이 아닙니다(${p.detail})`;
      case 'other':
        return p.text;
    }
  },
  fieldProblem: (label, problem) => `${label}: ${problem}`,
};

export const personaFieldMessages = defineMessages({ en, ko });

/** An issue with the field's label, e.g. "Opening line must not be empty". */
export function issueText(issue: PersonaIssue, m: PersonaFieldMessages): string {
  const label = issue.path === '' ? m.wholePersona : (m.fieldLabels[issue.path as PersonaField] ?? issue.path);
  return m.fieldProblem(label, m.issue(issue.problem));
}

export function issuesText(issues: readonly PersonaIssue[], m: PersonaFieldMessages): string {
  return issues.map((issue) => issueText(issue, m)).join('; ');
}
