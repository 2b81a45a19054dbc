import { defineMessages } from '../i18n/catalogue';
import type { PersonaLanguage } from './languages';
import type { IssueProblem, PersonaField, PersonaIssue } from './persona-schema';

/** The persona's own words: its fields, the choices it is made from, and what is wrong with it. */
export interface PersonaFieldMessages {
  /** Card labels (also the accessible names tests use). */
  fieldLabels: Record<PersonaField, string>;
  /** What an issue on the persona as a whole is called. */
  wholePersona: string;
  languageNames: Record<PersonaLanguage, string>;
  /** What is wrong with a field, said after its label. */
  issue: (problem: IssueProblem) => string;
  /** A field's label with what is wrong with it. */
  fieldProblem: (label: string, problem: string) => string;
}

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
  languageNames: { en: 'English', ko: 'Korean' },
  // The English labels are the ones the prompt names (scenarios.ts).
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


export const personaFieldMessages = defineMessages(en, { ko: () => import('./persona-field-messages.ko') });

/** An issue with the field's label, e.g. "Opening line must not be empty". */
export function issueText(issue: PersonaIssue, m: PersonaFieldMessages): string {
  const label = issue.path === '' ? m.wholePersona : (m.fieldLabels[issue.path as PersonaField] ?? issue.path);
  return m.fieldProblem(label, m.issue(issue.problem));
}

export function issuesText(issues: readonly PersonaIssue[], m: PersonaFieldMessages): string {
  return issues.map((issue) => issueText(issue, m)).join('; ');
}
