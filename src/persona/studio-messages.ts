import { defineMessages } from '../i18n/catalogue';
import { issuesText, type PersonaFieldMessages } from './persona-field-messages';
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

type NoteWords = { [C in StudioNote['code']]: (note: Extract<StudioNote, { code: C }>, issues: (list: readonly PersonaIssue[]) => string) => string };

/** The studio's words: the brief form, the card, the library, the presets, the settings and the status line. */
export interface StudioMessages {
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
  chooseVoice: string;
  chooseLanguage: string;
  writing: string;
  /** A voice in the select: its name and how it sounds. */
  voiceOption: (voice: string, description: string) => string;

  library: string;
  saveToLibrary: string;
  copyShareLink: string;
  shareLink: string;
  savedPersonas: string;
  nothingSaved: string;
  load: string;
  loadNamed: (name: string) => string;
  delete: string;
  deleteNamed: (name: string) => string;

  presets: string;
  /** A built-in persona's title with the language it speaks. */
  presetTitle: (title: string, language: string) => string;

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
  /** When the persona writer itself could not be loaded. */
  writerUnavailable: { message: string; fix: string };

  notes: NoteWords;
}

const en: StudioMessages = {
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
  chooseVoice: '(choose a voice)',
  chooseLanguage: '(choose a language)',
  writing: ' writing…',
  voiceOption: (voice, description) => `${voice} — ${description}`,

  library: 'Persona library',
  saveToLibrary: 'Save to library',
  copyShareLink: 'Copy share link',
  shareLink: 'Share link',
  savedPersonas: 'Saved personas',
  nothingSaved: 'Nothing saved yet.',
  load: 'Load',
  loadNamed: (name) => `Load ${name}`,
  delete: 'Delete',
  deleteNamed: (name) => `Delete ${name}`,

  presets: 'Built-in personas',
  presetTitle: (title, language) => `${title} (${language})`,

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
  writerUnavailable: {
    message: 'Could not load the persona writer (network error).',
    fix: 'Check your connection and reload the page, or pick a built-in persona.',
  },

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

const ko: StudioMessages = {
  briefForm: '페르소나 요청',
  language: '언어',
  scenarioType: '상황 유형',
  noScenario: '(선택 안 함, 설명만 사용)',
  difficulty: '난이도',
  brief: '설명',
  briefPlaceholder: '서울 게임 스튜디오의 깐깐한 면접관',
  createPersona: '페르소나 만들기',
  stop: '중지',

  card: '페르소나',
  chooseVoice: '(목소리 선택)',
  chooseLanguage: '(언어 선택)',
  writing: ' 작성 중…',
  voiceOption: (voice, description) => `${voice} — ${description}`,

  library: '페르소나 보관함',
  saveToLibrary: '보관함에 저장',
  copyShareLink: '공유 링크 복사',
  shareLink: '공유 링크',
  savedPersonas: '저장한 페르소나',
  nothingSaved: '아직 저장한 페르소나가 없습니다.',
  load: '불러오기',
  loadNamed: (name) => `${name} 불러오기`,
  delete: '삭제',
  deleteNamed: (name) => `${name} 삭제`,

  presets: '기본 제공 페르소나',
  presetTitle: (title, language) => `${title} (${language})`,

  settings: '설정',
  geminiModel: 'Gemini 모델',
  useOwnKey: '내 Gemini 키 사용',
  apiKey: 'Gemini API 키',
  keyKept: '키는 이 탭에만 보관되고(세션 저장소) Google에만 전송됩니다.',
  keyMissing: ' 키가 없으면 서버의 Gemini를 사용합니다.',

  writingPersona: 'Gemini가 페르소나를 쓰고 있습니다…',
  personaReady: '페르소나가 준비되었습니다. 원하는 대로 고쳐 보세요.',
  repairing: 'Gemini의 답이 양식에 맞지 않아 고쳐 달라고 요청하는 중입니다…',
  retrying: (failure, seconds, retry) => `${failure} ${seconds}초 뒤에 자동으로 다시 시도합니다(${retry}번째 재시도).`,
  usePreset: '기본 제공 페르소나 사용하기',
  usePresetWhy: ' (Gemini 없이도 쓸 수 있습니다).',
  details: (detail) => `자세한 내용: ${detail}`,
  restorePrevious: '이전 페르소나로 되돌리기',
  dismiss: '메시지 닫기',
  writerUnavailable: {
    message: '페르소나 작성 기능을 불러오지 못했습니다(네트워크 오류).',
    fix: '인터넷 연결을 확인하고 페이지를 새로 고치거나, 기본 제공 페르소나를 고르세요.',
  },

  notes: {
    brief_missing: () => '먼저 간단한 설명을 쓰거나 상황 유형을 고르세요.',
    brief_too_long: (n) => `설명이 너무 깁니다(${n.length}자, 최대 ${n.max}자).`,
    preset_loaded: (n) => `기본 제공 페르소나 “${n.name}” 님을 불러왔습니다.`,
    saved: (n) => `“${n.name}” 님을 보관함에 저장했습니다.`,
    loaded: (n) => `“${n.name}” 님을 불러왔습니다.`,
    shared_loaded: (n) => `공유받은 페르소나 “${n.name}” 님을 불러왔습니다.`,
    saved_missing: () => '저장했던 그 페르소나는 이제 없습니다.',
    deleted: () => '보관함에서 삭제했습니다.',
    share_ready: () => '공유 링크가 준비되었습니다.',
    cannot_save: (n, issues) => `아직 저장할 수 없습니다(${issues(n.issues)}).`,
    cannot_share: (n, issues) => `아직 공유할 수 없습니다(${issues(n.issues)}).`,
    share_damaged: () => '공유받은 페르소나 링크가 손상되어 읽을 수 없습니다. 링크를 다시 받거나 빠짐없이 전부 복사하세요.',
    share_invalid: (n, issues) => `공유받은 링크의 페르소나가 올바르지 않습니다(${issues(n.issues)}).`,
    storage_missing: () => '이 브라우저에는 로컬 저장소가 없어 보관함을 저장할 수 없습니다.',
    storage_refused: () => '브라우저가 보관함 저장을 거부했습니다(저장 공간이 가득 찼거나 사용이 꺼져 있습니다).',
  },
};

export const studioMessages = defineMessages({ en, ko });

/** A stored note in the page's language. */
export function noteText(note: StudioNote, m: StudioMessages, fields: PersonaFieldMessages): string {
  const say = m.notes[note.code] as (note: StudioNote, issues: (list: readonly PersonaIssue[]) => string) => string;
  return say(note, (list) => issuesText(list, fields));
}
