import { describe, expect, it } from 'vitest';
import { copula, finalOf, hasBatchim, object, subject, toward, topic, withWord } from '../../stand-ins/gemini/korean-particles.ts';

describe('Korean particles chosen by the final consonant of the syllable before them', () => {
  it('reads the batchim from the Hangul code point', () => {
    expect(hasBatchim('할머니')).toBe(false);
    expect(hasBatchim('말순')).toBe(true);
    expect(hasBatchim('한소희')).toBe(false);
    expect(finalOf('서울')).toBe('rieul');
    expect(finalOf('시장')).toBe('consonant');
  });

  it('picks 은/는, 이/가, 을/를, 과/와, 이에요/예요 and (으)로', () => {
    expect([topic('한소희'), topic('박말순'), topic('할머니')]).toEqual(['한소희는', '박말순은', '할머니는']);
    expect([subject('민지'), subject('손님')]).toEqual(['민지가', '손님이']);
    expect([object('생선'), object('고등어')]).toEqual(['생선을', '고등어를']);
    expect([withWord('박말순 할머니'), withWord('김민준 씨')]).toEqual(['박말순 할머니와', '김민준 씨와']);
    expect([copula('최민지'), copula('박말순')]).toEqual(['최민지예요', '박말순이에요']);
    expect([toward('서울'), toward('시장'), toward('학교')]).toEqual(['서울로', '시장으로', '학교로']);
  });

  it('reads digits and Latin words the way they are said, and ignores trailing punctuation', () => {
    expect([topic('3'), topic('2'), toward('1')]).toEqual(['3은', '2는', '1로']);
    expect([topic('Tom'), topic('Seoul'), topic('Anna')]).toEqual(['Tom은', 'Seoul은', 'Anna는']);
    expect(hasBatchim('시장!')).toBe(true);
  });
});
