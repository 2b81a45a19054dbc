export class Fuzz {
  constructor(readonly random: () => number) {}
  int(max: number): number {
    return Math.floor(this.random() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  string(maxLength: number): string {
    const alphabets = ['abcdefghijklmnopqrstuvwxyz', '0123456789', ' \t\n\r"\\/{}[]:,', 'éü한국어😀\u0000\u202e\ufffd', '%25%2F%3A../'];
    let out = '';
    const length = this.int(maxLength + 1);
    for (let i = 0; i < length; i++) {
      const alphabet = Array.from(this.pick(alphabets));
      out += alphabet[this.int(alphabet.length)] ?? '';
    }
    return out;
  }
}
