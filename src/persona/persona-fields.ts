import type { PersonaField } from './persona-schema';

/** Card labels (also the accessible names tests use) and whether the field is long text. */
export const FIELD_LABELS: Record<PersonaField, string> = {
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
};

export const MULTILINE_FIELDS: ReadonlySet<PersonaField> = new Set(['background', 'personality', 'speakingStyle', 'scene', 'userGoal', 'openingLine']);
