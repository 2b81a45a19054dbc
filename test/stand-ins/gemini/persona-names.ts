import type { AgeGroup, Gender } from './brief-reading.ts';

type Generation = 'elder' | 'middle' | 'young';
type NameTable = Record<Generation, Record<Gender, readonly string[]>>;

/** Names that sound like the persona's generation: a grandmother is a 말순 or a Margaret, not a 하은. */
const NAMES: Record<'ko' | 'en', NameTable> = {
  ko: {
    elder: { female: ['박말순', '김순자', '이옥자', '최복순'], male: ['김덕수', '이만복', '박춘식', '최봉수'] },
    middle: { female: ['한미경', '정은숙', '김현주', '이영미'], male: ['윤재성', '이상철', '박성호', '정우진'] },
    young: { female: ['이서연', '최민지', '오하은', '김지우'], male: ['박도윤', '김민준', '한지훈', '정하준'] },
  },
  en: {
    elder: { female: ['Margaret Hale', 'Dorothy Brooks', 'Edith Clarke', 'Rosa Alvarez'], male: ['Walter Reid', 'Harold Clarke', 'Frank Morris', 'Arthur Bell'] },
    middle: { female: ['Karen Doyle', 'Elena Petrova', 'Priya Shah', 'Grace Okafor'], male: ['Marcus Reid', 'Daniel Brooks', 'Tomás Rivera', 'Paul Hughes'] },
    young: { female: ['Lily Chen', 'Hannah Clarke', 'Zoe Martin', 'Maya Patel'], male: ['Jake Turner', 'Leo Kim', 'Sam Porter', 'Noah Bennett'] },
  },
};

function generationOf(age: number, group: AgeGroup | null): Generation {
  if (group === 'old' || age >= 62) return 'elder';
  if (group === 'middle' || age >= 40) return 'middle';
  return 'young';
}

export function pickName(language: 'ko' | 'en', gender: Gender | null, age: number, group: AgeGroup | null, seed: number): string {
  const table = NAMES[language][generationOf(age, group)];
  const names = gender ? table[gender] : [...table.female, ...table.male];
  return names[seed % names.length] ?? names[0] ?? '';
}

/** How a learner would address the persona in Korean: 할머니 and 할아버지 by age, otherwise 씨. */
export function koreanAddress(name: string, gender: Gender | null, age: number): string {
  if (age >= 62) return gender === 'male' ? `${name} 할아버지` : gender === 'female' ? `${name} 할머니` : `${name} 어르신`;
  return `${name} 씨`;
}
