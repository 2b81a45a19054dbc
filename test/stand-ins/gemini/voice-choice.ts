import type { Temperament } from './brief-reading.ts';
import type { PromptFacts } from './prompt-facts.ts';

/** Words in a voice's description that suit each temperament. */
const SUITS: Record<Temperament, RegExp> = {
  blunt: /direct|grounded|clear/i,
  grumpy: /direct|grounded/i,
  strict: /direct|measured|clear/i,
  kind: /warm|friendly|soft/i,
  cheerful: /bright|energetic|lively/i,
  shy: /soft|light/i,
  calm: /calm|measured|even/i,
};

/**
 * Picks the voice a model would from the schema's own description ("ash (male, clear and direct), coral
 * (female, bright and friendly), …"): the persona's gender first, then the mood. Undefined when the
 * description says nothing usable.
 */
export function pickVoice(values: unknown[], description: string, facts: PromptFacts): unknown {
  const described = values
    .filter((v): v is string => typeof v === 'string')
    .map((voice) => ({ voice, traits: new RegExp(`\\b${voice}\\s*\\(([^)]*)\\)`, 'i').exec(description)?.[1] ?? '' }))
    .filter((v) => v.traits !== '');
  if (described.length === 0) return undefined;
  const gendered = facts.gender ? described.filter((v) => new RegExp(`\\b${facts.gender}\\b`, 'i').test(v.traits)) : described;
  const pool = gendered.length > 0 ? gendered : described;
  const suits = facts.temperament ? pool.filter((v) => SUITS[facts.temperament as Temperament].test(v.traits)) : [];
  const choices = suits.length > 0 ? suits : pool;
  return choices[facts.seed % choices.length]?.voice;
}
