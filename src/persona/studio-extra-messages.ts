import { defineMessages } from '../i18n/catalogue';
import { issuesText, type PersonaFieldMessages } from './persona-field-messages';
import type { PersonaIssue } from './persona-schema';
import { DIFFICULTIES, SCENARIO_TYPES, type DifficultyId, type ScenarioTypeId } from './scenarios';
import type { StudioNote } from './studio-messages';
import { VOICE_DESCRIPTIONS, type RealtimeVoice } from './voices';

type NoteWords = { [C in StudioNote['code']]: (note: Extract<StudioNote, { code: C }>, issues: (list: readonly PersonaIssue[]) => string) => string };

/** The studio's words that only its lazily loaded parts use: the editor, the library, the presets, the settings, the status line. */
export interface StudioExtraMessages {
  /** The voice select's description of each voice. */
  voiceDescriptions: Record<RealtimeVoice, string>;
  scenarioLabels: Record<ScenarioTypeId, string>;
  difficultyLabels: Record<DifficultyId, string>;
  fields: string;
  editHeading: string;
  done: string;
  chooseVoice: string;
  chooseLanguage: string;
  /** A voice in the select: its name and how it sounds. */
  voiceOption: (voice: string, description: string) => string;
  saveToLibrary: string;
  copyShareLink: string;
  shareLink: string;
  settings: string;
  geminiModel: string;
  useOwnKey: string;
  apiKey: string;
  keyKept: string;
  keyMissing: string;
  writingPersona: string;
  personaReady: string;
  repairing: string;
  retrying: (failure: string, seconds: number, retry: number) => string;
  usePreset: string;
  usePresetWhy: string;
  details: (detail: string) => string;
  restorePrevious: string;
  dismiss: string;
  notes: NoteWords;
}

const labelsOf = <T extends { id: string; label: string }>(list: readonly T[]) =>
  Object.fromEntries(list.map((item) => [item.id, item.label])) as Record<T['id'], string>;

const en: StudioExtraMessages = {
  voiceDescriptions: VOICE_DESCRIPTIONS,
  scenarioLabels: labelsOf(SCENARIO_TYPES),
  difficultyLabels: labelsOf(DIFFICULTIES),
  fields: 'Persona fields',
  editHeading: 'Edit the persona',
  done: 'Done',
  chooseVoice: '(choose a voice)',
  chooseLanguage: '(choose a language)',
  voiceOption: (voice, description) => `${voice} — ${description}`,
  saveToLibrary: 'Save to library',
  copyShareLink: 'Copy share link',
  shareLink: 'Share link',
  settings: 'Settings',
  geminiModel: 'Gemini model',
  useOwnKey: 'Use my own Gemini key',
  apiKey: 'Gemini API key',
  keyKept: 'Kept in this tab only (session storage) and sent only to Google.',
  keyMissing: ' Without a key the server’s Gemini is used.',
  writingPersona: 'Gemini is writing the persona…',
  personaReady: 'Persona ready. Edit anything you like.',
  repairing: "Gemini's answer did not fit the form; asking it to correct it…",
  retrying: (failure, seconds, retry) => `${failure} Retrying automatically in ${seconds} s (retry ${retry}).`,
  usePreset: 'Use a built-in persona',
  usePresetWhy: ' (they work without Gemini).',
  details: (detail) => `Details: ${detail}`,
  restorePrevious: 'Restore previous persona',
  dismiss: 'Dismiss message',
  notes: {
    brief_missing: () => 'Write a short brief or pick a scenario type first.',
    brief_too_long: (n) => `The brief is too long (${n.length} characters; at most ${n.max}).`,
    preset_loaded: (n) => `Loaded the built-in persona "${n.name}".`,
    saved: (n) => `Saved "${n.name}" to the library.`,
    loaded: (n) => `Loaded "${n.name}".`,
    shared_loaded: (n) => `Loaded the shared persona "${n.name}".`,
    saved_missing: () => 'That saved persona no longer exists.',
    deleted: () => 'Deleted from the library.',
    share_ready: () => 'Share link ready.',
    cannot_save: (n, issues) => `Cannot save yet: ${issues(n.issues)}.`,
    cannot_share: (n, issues) => `Cannot share yet: ${issues(n.issues)}.`,
    share_damaged: () => 'The shared persona link is damaged (it could not be decoded). Ask for the link again, or copy all of it.',
    share_invalid: (n, issues) => `The shared persona link is not a valid persona: ${issues(n.issues)}.`,
    storage_missing: () => 'This browser has no local storage, so the library cannot be saved.',
    storage_refused: () => 'The browser refused to save the library (storage full or disabled).',
  },
};

export const studioExtraMessages = defineMessages(en, { ko: () => import('./studio-extra-messages.ko') });

/** A stored note in the page's language. */
export function noteText(note: StudioNote, m: StudioExtraMessages, fields: PersonaFieldMessages): string {
  const say = m.notes[note.code] as (note: StudioNote, issues: (list: readonly PersonaIssue[]) => string) => string;
  return say(note, (list) => issuesText(list, fields));
}
