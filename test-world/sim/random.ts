/**
 * Deterministic randomness for the simulator: the same seed gives the same ids, titles and secret values on every
 * machine, so a failing test or a benchmark can be replayed exactly.
 */

// Module-level aliases: under Jest the code runs in a vm context where every global lookup (Math, String) goes
// through an interceptor, which made generation of 50,000 items three times slower than in plain Node.
const fromCharCode = String.fromCharCode;

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A 128-bit string hash (cyrb128): spreads short seeds like "a" and "b" over the whole state. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A small, fast seeded generator (sfc32) with the helpers the world builders need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    [this.a, this.b, this.c, this.d] = hashSeed(String(seed));
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + ((this.next() * (max - min + 1)) | 0);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const value = list[(this.next() * list.length) | 0];
    if (value === undefined) throw new Error("pick from an empty list");
    return value;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    const last = table[table.length - 1];
    if (!last) throw new Error("weighted pick from an empty table");
    return last[0];
  }

  chars(alphabet: string, length: number): string {
    // Built from char codes in one go: a flat string hashes and compares faster than a rope of concatenations.
    const codes = new Array<number>(length);
    const n = alphabet.length;
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt((this.next() * n) | 0);
    return fromCharCode(...codes);
  }

  /** A 1Password-style id: 26 lowercase base32 characters. */
  id(): string {
    return this.chars(BASE32, 26);
  }

  alnum(length: number): string {
    return this.chars(ALNUM, length);
  }
}

export const ID_PATTERN = /^[a-z2-7]{26}$/;
export const BASE32_ALPHABET = BASE32;
