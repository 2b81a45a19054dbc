/**
 * Korean particles that depend on the word before them: 은/는, 이/가, 을/를, 과/와, 이에요/예요, (으)로.
 * A Hangul syllable's final consonant (batchim) comes from its code point: (code − 0xAC00) % 28 is the
 * index of the final, 0 for none, 8 for ㄹ.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const FINALS = 28;
const RIEUL_FINAL = 8;
/** Digits read in Sino-Korean: 일, 삼, 육, 칠, 팔 and 영 end in a consonant; 일, 칠, 팔 in ㄹ. */
const DIGIT_FINAL: Record<string, 'none' | 'consonant' | 'rieul'> = {
  '0': 'consonant', '1': 'rieul', '2': 'none', '3': 'consonant', '4': 'none',
  '5': 'none', '6': 'consonant', '7': 'rieul', '8': 'rieul', '9': 'none',
};

type Final = 'none' | 'consonant' | 'rieul';

/** The final sound of a word's last character, as the particle rules see it. */
export function finalOf(word: string): Final {
  const last = [...word.trim()].reverse().find((ch) => /[\p{L}\p{N}]/u.test(ch)) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) {
    const final = (code - SYLLABLE_FIRST) % FINALS;
    return final === 0 ? 'none' : final === RIEUL_FINAL ? 'rieul' : 'consonant';
  }
  if (last in DIGIT_FINAL) return DIGIT_FINAL[last] as Final;
  // A Latin word as Koreans would read it: ending in l → ㄹ; in m, n, k, p, t or "ng" → a consonant.
  if (/l$/i.test(last)) return 'rieul';
  return /[mnkpt]$/i.test(last) ? 'consonant' : 'none';
}

export function hasBatchim(word: string): boolean {
  return finalOf(word) !== 'none';
}

/** Topic marker: 할머니는, 순자는, 말순은. */
export const topic = (word: string): string => word + (hasBatchim(word) ? '은' : '는');
/** Subject marker: 할머니가, 말순이. */
export const subject = (word: string): string => word + (hasBatchim(word) ? '이' : '가');
/** Object marker: 생선을, 고등어를. */
export const object = (word: string): string => word + (hasBatchim(word) ? '을' : '를');
/** "and/with": 할머니와, 손님과. */
export const withWord = (word: string): string => word + (hasBatchim(word) ? '과' : '와');
/** Polite copula: 말순이에요, 민지예요. */
export const copula = (word: string): string => word + (hasBatchim(word) ? '이에요' : '예요');
/** Direction/means: 시장으로, 서울로 (ㄹ takes 로). */
export const toward = (word: string): string => word + (finalOf(word) === 'consonant' ? '으로' : '로');
