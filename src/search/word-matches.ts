import { MAX_FUZZY_LENGTH, prefixEditDistance } from "./edit-distance";
import { GenerationMarks } from "./generation-marks";
import { FIELD_WEIGHT_OF_BITS, letterSet, type WordIndex } from "./word-index";

/** The items one query word matches, with the prefilter's rough score of the best match in each. */
export interface WordMatches {
  items: Uint32Array;
  scores: Float32Array;
}

/** How good a token is as a match for a typed word: exact, then prefix, then substring, then a typo. */
const EXACT = 1;
const PREFIX_MIN = 0.75;
const SUBSTRING = 0.55;
const TYPO = [0.5, 0.45, 0.3] as const;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Typos tolerated in a word of this length: none while it is too short to tell, then one, then two. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** First index of a sorted array whose value is >= `word`. */
function lowerBound(tokens: readonly string[], word: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the tokens a word matches and unions their postings. Scratch arrays of the index's size are reused across
 * calls (a generation stamp marks which entries are current), so no call allocates per item but its result.
 */
export class WordMatcher {
  private readonly stamp: GenerationMarks;
  private readonly best: Float32Array;
  /** The items found so far by the current call, in the order found. */
  private readonly found: Uint32Array;

  constructor(private readonly index: WordIndex) {
    this.stamp = new GenerationMarks(index.size);
    this.best = new Float32Array(index.size);
    this.found = new Uint32Array(index.size);
  }

  match(word: string): WordMatches {
    const { tokens } = this.index;
    const matched: number[] = [];
    const quality: number[] = [];

    const start = lowerBound(tokens, word);
    let end = start;
    while (end < tokens.length && tokens[end]!.startsWith(word)) {
      const token = tokens[end]!;
      matched.push(end);
      quality.push(token.length === word.length ? EXACT : PREFIX_MIN + (0.2 * word.length) / token.length);
      end++;
    }

    if (word.length >= 3) {
      const typos = word.length <= MAX_FUZZY_LENGTH ? allowedTypos(word.length) : 0;
      const wordLetters = letterSet(word);
      const { tokenLetters } = this.index;
      for (let t = 0; t < tokens.length; t++) {
        if (t === start && end > start) {
          // The prefix matches are already in.
          t = end - 1;
          continue;
        }
        const token = tokens[t]!;
        if (token.length > word.length && token.includes(word)) {
          matched.push(t);
          quality.push(SUBSTRING);
          continue;
        }
        // Each letter of the word that the token lacks entirely costs at least one edit.
        if (typos === 0 || popcount(wordLetters & ~tokenLetters[t]!) > typos) continue;
        const distance = prefixEditDistance(word, token, typos);
        if (distance <= typos) {
          matched.push(t);
          quality.push(TYPO[distance] ?? 0);
        }
      }
    }
    return this.collect(matched, quality);
  }

  private collect(matched: readonly number[], quality: readonly number[]): WordMatches {
    const { postingStart, postingItems, postingFields } = this.index;
    const { best, found } = this;
    const generation = this.stamp.next();
    const stamp = this.stamp.marks;
    let count = 0;
    for (let m = 0; m < matched.length; m++) {
      const t = matched[m]!;
      const q = quality[m]!;
      const to = postingStart[t + 1]!;
      for (let p = postingStart[t]!; p < to; p++) {
        const item = postingItems[p]!;
        const score = q * FIELD_WEIGHT_OF_BITS[postingFields[p]!]!;
        if (stamp[item] !== generation) {
          stamp[item] = generation;
          best[item] = score;
          found[count++] = item;
        } else if (score > best[item]!) best[item] = score;
      }
    }
    const items = found.slice(0, count);
    const scores = new Float32Array(count);
    for (let k = 0; k < count; k++) scores[k] = best[items[k]!]!;
    return { items, scores };
  }
}
