import { describe, expect, it } from 'vitest';
import { readBrief } from '../../stand-ins/gemini/brief-reading.ts';

describe('reading a persona brief like a model would', () => {
  it('finds age, gender, temperament and setting in a Korean brief', () => {
    expect(readBrief('부산 시장에서 생선을 파는 무뚝뚝한 할머니')).toEqual({ age: 'old', exactAge: null, gender: 'female', temperament: 'blunt', setting: 'market' });
    expect(readBrief('카페에서 아르바이트하는 친절한 대학생')).toMatchObject({ age: 'young', temperament: 'kind', setting: 'cafe' });
    expect(readBrief('서울 게임 회사의 엄격한 면접관')).toMatchObject({ temperament: 'strict', setting: 'interview' });
  });

  it('finds them in an English brief, with the place the persona is at as the setting', () => {
    expect(readBrief('a grumpy grandfather selling fish at a Busan market')).toEqual({ age: 'old', exactAge: null, gender: 'male', temperament: 'grumpy', setting: 'market' });
    expect(readBrief('a shy university student working at a bakery')).toMatchObject({ age: 'young', temperament: 'shy', setting: 'shop' });
    expect(readBrief('a strict interviewer at a Seoul game studio')).toMatchObject({ temperament: 'strict', setting: 'interview' });
    expect(readBrief('a 45-year-old office manager').exactAge).toBe(45);
    expect(readBrief('a retired teacher in her 70s')).toMatchObject({ age: 'old', exactAge: 74, gender: 'female', setting: 'school' });
  });

  it('does not take negated words at face value', () => {
    expect(readBrief('realistic: neither easy nor hostile').temperament).toBeNull();
    expect(readBrief('a waiter who is not friendly at all').temperament).toBeNull();
    expect(readBrief('친절하지 않은 점원').temperament).toBeNull();
  });

  it('lets the brief outweigh the rest of the prompt, which only fills in what the brief leaves open', () => {
    const rest = 'Scenario: ordering at a café\nDifficulty: Easy — patient, friendly and forgiving';
    expect(readBrief('무뚝뚝한 할머니', rest)).toMatchObject({ temperament: 'blunt', setting: 'cafe', age: 'old' });
    expect(readBrief('', rest)).toMatchObject({ temperament: 'kind', setting: 'cafe', age: null });
  });
});
