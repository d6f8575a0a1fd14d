/**
 * Search over variable names and Environment labels. Every word of the query must appear in one of them, so
 * "staging api" finds API_KEY in Staging. Separators are ignored on both sides, so "apikey" finds API_KEY too.
 */

const SEPARATORS = /[\s_.-]+/g;

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function compact(text: string): string {
  return text.replace(SEPARATORS, "");
}

/** Whether every word is found in at least one of the texts (case-insensitive). An empty query matches. */
export function matchesWords(words: readonly string[], ...texts: string[]): boolean {
  if (words.length === 0) return true;
  const haystacks = texts.flatMap((text) => {
    const lower = text.toLowerCase();
    return [lower, compact(lower)];
  });
  return words.every((word) => {
    const bare = compact(word);
    return haystacks.some((haystack) => haystack.includes(word) || (bare !== "" && haystack.includes(bare)));
  });
}
