const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** True when the word's last syllable ends in a consonant (받침), which picks 은/이/을/과 over 는/가/를/와. */
export function endsWithBatchim(word: string): boolean {
  const last = word.trim().codePointAt(word.trim().length - 1);
  if (last === undefined) return false;
  if (last >= HANGUL_FIRST && last <= HANGUL_LAST) return (last - HANGUL_FIRST) % 28 !== 0;
  // A name in Latin letters: read as it sounds in Korean; most end-consonant letters take the 받침 form.
  return /[bcdgjklmnpqrstxz]$/i.test(word.trim());
}

/** The word with the particle that fits it: `withParticle('민수', '과', '와')` → '민수와'. */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  return `${word}${endsWithBatchim(word) ? afterConsonant : afterVowel}`;
}
