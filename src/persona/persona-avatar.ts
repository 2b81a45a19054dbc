/** Initials and a colour from the name, so each persona has a face without any image. */
export function personaInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // A Hangul name is one block of syllables: its first syllable (the family name) is the face.
  if (/^[\uAC00-\uD7A3]/.test(words[0]!)) return [...words[0]!][0]!;
  return words.slice(0, 2).map((word) => [...word][0]!.toUpperCase()).join('');
}

/** A hue from the name (stable across visits); lightness is left to the theme so text keeps its contrast. */
export function personaHue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}
