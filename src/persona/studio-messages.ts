import { defineMessages } from '../i18n/catalogue';
import type { PersonaIssue } from './persona-schema';

/** Feedback the studio keeps in its store as data, so it is said in the page's language when shown. */
export type StudioNote =
  | { code: 'brief_missing' }
  | { code: 'brief_too_long'; length: number; max: number }
  | { code: 'preset_loaded'; name: string }
  | { code: 'saved'; name: string }
  | { code: 'loaded'; name: string }
  | { code: 'shared_loaded'; name: string }
  | { code: 'saved_missing' }
  | { code: 'deleted' }
  | { code: 'share_ready' }
  | { code: 'cannot_save'; issues: PersonaIssue[] }
  | { code: 'cannot_share'; issues: PersonaIssue[] }
  | { code: 'share_damaged' }
  | { code: 'share_invalid'; issues: PersonaIssue[] }
  | { code: 'storage_missing' }
  | { code: 'storage_refused' };


/** The studio's words: the brief form, the card, the library, the presets, the settings and the status line. */
export interface StudioMessages {
  library: string;
  savedPersonas: string;
  nothingSaved: string;
  load: string;
  loadNamed: (name: string) => string;
  delete: string;
  deleteNamed: (name: string) => string;
  presets: string;
  /** A built-in persona's title with the language it speaks. */
  presetTitle: (title: string, language: string) => string;
  briefForm: string;
  language: string;
  scenarioType: string;
  noScenario: string;
  difficulty: string;
  brief: string;
  briefPlaceholder: string;
  createPersona: string;
  stop: string;
  card: string;
  edit: string;
  noPersona: string;
  createHeading: string;
  galleryHeading: string;
  writing: string;
  /** When the persona writer itself could not be loaded. */
  writerUnavailable: { message: string; fix: string };
}

const en: StudioMessages = {
  library: 'Persona library',
  savedPersonas: 'Saved personas',
  nothingSaved: 'Nothing saved yet.',
  load: 'Load',
  loadNamed: (name) => `Load ${name}`,
  delete: 'Delete',
  deleteNamed: (name) => `Delete ${name}`,
  presets: 'Built-in personas',
  presetTitle: (title, language) => `${title} (${language})`,
  briefForm: 'Persona brief',
  language: 'Language',
  scenarioType: 'Scenario type',
  noScenario: '(none, use the brief)',
  difficulty: 'Difficulty',
  brief: 'Brief',
  briefPlaceholder: 'a strict interviewer at a Seoul game studio',
  createPersona: 'Create persona',
  stop: 'Stop',
  card: 'Persona',
  edit: 'Edit',
  noPersona: 'No persona yet: pick one below, or create one from a brief.',
  createHeading: 'Create a persona',
  galleryHeading: 'Personas',
  writing: ' writing…',
  writerUnavailable: {
    message: 'Could not load the persona writer (network error).',
    fix: 'Check your connection and reload the page, or pick a built-in persona.',
  },
};


export const studioMessages = defineMessages(en, { ko: () => import('./studio-messages.ko') });

