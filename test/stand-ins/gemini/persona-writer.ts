import { topic } from './korean-particles.ts';
import { koreanAddress, pickName } from './persona-names.ts';
import { SETTING_TEXT, TEMPERAMENT_TEXT } from './persona-phrases.ts';
import type { PromptFacts } from './prompt-facts.ts';

/** Plausible text for the field names a persona schema usually has, in English and Korean, true to the brief. */
type Writer = (facts: PromptFacts, name: string) => string;

const CAREER = {
  en: { elder: 'has done this work for decades and knows every trick of it', middle: 'has done this work for years and knows how things go', young: 'is still new to this work but learns fast' },
  ko: { elder: '이 일을 수십 년 해 와서 모르는 것이 없다', middle: '이 일을 오래 해서 요령을 잘 안다', young: '아직 이 일에 익숙하지 않지만 빨리 배우고 있다' },
};

function careerOf(facts: PromptFacts): 'elder' | 'middle' | 'young' {
  if (facts.age >= 62) return 'elder';
  return facts.ageGroup === 'teen' || facts.ageGroup === 'young' || facts.age < 28 ? 'young' : 'middle';
}
const gruff = (facts: PromptFacts): boolean => facts.tough || facts.temperament === 'blunt';
const temperamentText = (facts: PromptFacts) => TEMPERAMENT_TEXT[facts.language][facts.temperament ?? (facts.tough ? 'strict' : 'neutral')];
const settingText = (facts: PromptFacts) => SETTING_TEXT[facts.language][facts.setting ?? 'anywhere'];
/** A brief in another script (an English scenario for a Korean persona) is described, not quoted. */
const briefFits = (facts: PromptFacts): boolean => /[\uac00-\ud7a3]/.test(facts.brief) === (facts.language === 'ko');
const situation = (facts: PromptFacts): string => sentence(briefFits(facts) ? facts.brief : settingText(facts).role);

const EN: Record<string, Writer> = {
  role: (f) => (briefFits(f) ? capitalise(f.brief.replace(/^(a|an|the)\s+/i, '')) : capitalise(settingText(f).role)),
  background: (f, n) => `${firstName(n, 'en')} is ${f.age} and ${CAREER.en[careerOf(f)]}. Today is shaped by the situation in the brief: ${situation(f)}`,
  personality: (f) => temperamentText(f).personality,
  speakingStyle: (f) => temperamentText(f).speakingStyle,
  scene: (f) => `${settingText(f).scene} The situation: ${situation(f)}`,
  userGoal: (f, n) => settingText(f).userGoal(firstName(n, 'en')),
  openingLine: (f, n) => settingText(f).openingLine(firstName(n, 'en'), gruff(f)),
};

const KO: Record<string, Writer> = {
  role: (f) => (briefFits(f) ? f.brief : settingText(f).role),
  background: (f, n) => `${topic(n)} ${f.age}살로, ${CAREER.ko[careerOf(f)]}. 오늘 상황은 다음과 같다: ${situation(f)}`,
  personality: (f) => temperamentText(f).personality,
  speakingStyle: (f) => temperamentText(f).speakingStyle,
  scene: (f) => `${settingText(f).scene} 상황: ${situation(f)}`,
  userGoal: (f, n) => settingText(f).userGoal(koreanAddress(n, f.gender, f.age)),
  openingLine: (f, n) => settingText(f).openingLine(n, gruff(f)),
};

export function personaName(facts: PromptFacts): string {
  return pickName(facts.language, facts.gender, facts.age, facts.ageGroup, facts.seed);
}

/** Text for a string property, or undefined when the name is not a known persona field. */
export function knownFieldText(property: string, facts: PromptFacts): string | undefined {
  const name = personaName(facts);
  if (property === 'name') return name;
  const writer = (facts.language === 'ko' ? KO : EN)[property];
  return writer?.(facts, name);
}

function firstName(full: string, language: 'ko' | 'en'): string {
  return language === 'en' ? (full.split(' ')[0] ?? full) : full;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The brief as a sentence: one final full stop, never two. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?。…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
