/** Languages a persona can speak. `code` is ISO-639-1 (what the token server and transcription expect). */
export const PERSONA_LANGUAGES = [
  { code: 'en', label: 'English', englishName: 'English' },
  { code: 'ko', label: '한국어', englishName: 'Korean' },
] as const;

export type PersonaLanguage = (typeof PERSONA_LANGUAGES)[number]['code'];
export const PERSONA_LANGUAGE_CODES = PERSONA_LANGUAGES.map((l) => l.code) as [PersonaLanguage, ...PersonaLanguage[]];

export function languageInfo(code: PersonaLanguage): (typeof PERSONA_LANGUAGES)[number] {
  return PERSONA_LANGUAGES.find((l) => l.code === code) ?? PERSONA_LANGUAGES[0];
}
