/** Words longer than this are compared exactly only; typos in 30-letter words are not worth the time. */
export const MAX_FUZZY_LENGTH = 32;

const rowA = new Int32Array(MAX_FUZZY_LENGTH * 2 + 8);
const rowB = new Int32Array(MAX_FUZZY_LENGTH * 2 + 8);
const rowC = new Int32Array(MAX_FUZZY_LENGTH * 2 + 8);

/**
 * The smallest optimal-string-alignment distance (Levenshtein plus adjacent transpositions) between `word` and any
 * prefix of `token`, or `maxDistance + 1` as soon as it is certain to exceed `maxDistance`. A prefix, because the
 * person is still typing: "githb" is one edit from "githu", the start of "github".
 */
export function prefixEditDistance(word: string, token: string, maxDistance: number): number {
  const n = word.length;
  if (n > MAX_FUZZY_LENGTH) return word === token.slice(0, n) ? 0 : maxDistance + 1;
  // A prefix longer than n + maxDistance is more than maxDistance edits away.
  const m = Math.min(token.length, n + maxDistance);
  if (m < n - maxDistance) return maxDistance + 1;
  // Rows over the word's letters, columns over the token's: prev2 = row i-2, prev = row i-1, cur = row i.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const wc = word.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const tc = token.charCodeAt(j - 1);
      const cost = wc === tc ? 0 : 1;
      let best = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      if (del < best) best = del;
      const ins = cur[j - 1]! + 1;
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && wc === token.charCodeAt(j - 2) && word.charCodeAt(i - 2) === tc) {
        const swap = prev2[j - 2]! + 1;
        if (swap < best) best = swap;
      }
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxDistance) return maxDistance + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  let result = maxDistance + 1;
  for (let j = 0; j <= m; j++) if (prev[j]! < result) result = prev[j]!;
  return result;
}
