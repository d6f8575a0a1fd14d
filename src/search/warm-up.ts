import type { ItemSearch } from "./item-search";

/**
 * Queries that take every path of a keystroke's search: one- and two-letter prefixes over crowded tokens, longer
 * words (substring and typo scans over every token), several words intersected, words no item has together (the
 * closest matches), and fuse.js ranking a full head of candidates. Their results are thrown away.
 */
export const WARM_UP_QUERIES: readonly string[] = ["a e", "ke", "tok", "acount", "key prod", "qzxj ke", "secret api"];

/**
 * Warm-up queries per worker: a command's worker starts with no compiled code and V8 compiles what has run often;
 * once it has, a search built later (a refresh) needs no more than its first query.
 */
const WORKER_BUDGET = 2 * WARM_UP_QUERIES.length;
/** Rows asked for, as a screen's first page asks. */
const LIMIT = 50;
let spent = 0;

/**
 * Runs the warm-up queries over `search`, one per task, so that a keystroke arriving meanwhile waits for one query at
 * most: the first of them always, the others while this worker's budget lasts. Without them the first searches of a
 * launch run interpreted code, and the first keystrokes typed cost several later ones. Returns a function that stops
 * what has not run yet.
 */
export function warmUpSearch(search: ItemSearch): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    search.search(WARM_UP_QUERIES[next % WARM_UP_QUERIES.length]!, { limit: LIMIT });
    next++;
    spent++;
    timer = spent < WORKER_BUDGET ? setTimeout(step, 0) : undefined;
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
