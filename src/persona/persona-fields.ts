import type { PersonaField } from './persona-schema';

/** Whether a field is long text (the labels are in persona-field-messages.ts). */
export const MULTILINE_FIELDS: ReadonlySet<PersonaField> = new Set(['background', 'personality', 'speakingStyle', 'scene', 'userGoal', 'openingLine']);
