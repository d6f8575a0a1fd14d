import { categoryLabel } from "../lib/category";
import type { ItemSummary } from "../lib/model";
import { hostOf } from "../lib/url";
import { fold, tokenize } from "./normalize";

/** Where a word occurs in an item; one bit each, so a posting can say "title and tag". */
export const Field = { title: 1, host: 2, tag: 4, vault: 8, category: 16, titleStart: 32 } as const;

/** How much a match in each field counts in the prefilter's rough score; fuse.js ranks the survivors precisely. */
const FIELD_WEIGHTS: readonly (readonly [number, number])[] = [
  // The first word of a title is usually the service's name: "g" should bring up GitHub before "Datadog grace".
  [Field.titleStart, 1],
  [Field.title, 0.9],
  [Field.host, 0.8],
  [Field.tag, 0.7],
  [Field.vault, 0.6],
  [Field.category, 0.5],
];

/** The best field weight of a field bit set, precomputed for all 64 combinations. */
export const FIELD_WEIGHT_OF_BITS: Float32Array = (() => {
  const table = new Float32Array(64);
  for (let bits = 0; bits < 64; bits++) {
    for (const [bit, weight] of FIELD_WEIGHTS) if (bits & bit && weight > table[bits]!) table[bits] = weight;
  }
  return table;
})();

/** What fuse.js sees of an item: the searchable fields, with hosts extracted from the websites. */
export interface SearchDocument {
  title: string;
  hosts: string[];
  tags: string[];
  vault: string;
  category: string;
}

/**
 * The immutable part of the search: items in title order, their documents, and an inverted index from every distinct
 * word to the items containing it (compressed: one offsets array into one postings array).
 */
export interface ItemIndex {
  /** Items sorted by title; every number below is a position in this array. */
  items: readonly ItemSummary[];
  documents: readonly SearchDocument[];
  /** Distinct words, sorted, for prefix lookups by binary search. */
  tokens: readonly string[];
  /** Letters present in each token as a 26-bit set (a–z; other characters are ignored), to skip hopeless typos. */
  tokenLetters: Uint32Array;
  /** Postings of token t are `postingItems[postingStart[t] .. postingStart[t + 1]]`, items ascending. */
  postingStart: Uint32Array;
  postingItems: Uint32Array;
  /** The fields each posting's word occurs in (bits of {@link Field}). */
  postingFields: Uint8Array;
}

export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) set |= 1 << code;
  }
  return set;
}

function byTitle(a: { key: string; item: ItemSummary }, b: { key: string; item: ItemSummary }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.item.title !== b.item.title) return a.item.title < b.item.title ? -1 : 1;
  return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
}

/** Words of a title plus each pair of neighbours written together, so "dockerhub" finds "Docker Hub". */
function addTitleTokens(title: string, add: (token: string, field: number) => void): void {
  const words = tokenize(title);
  words.forEach((word, i) => add(word, i === 0 ? Field.titleStart : Field.title));
  for (let i = 0; i + 1 < words.length && i < 6; i++)
    add(words[i]! + words[i + 1]!, i === 0 ? Field.titleStart : Field.title);
}

export function buildItemIndex(input: readonly ItemSummary[]): ItemIndex {
  const items = input
    .map((item) => ({ key: fold(item.title), item }))
    .sort(byTitle)
    .map((entry) => entry.item);

  const documents: SearchDocument[] = new Array(items.length);
  // Per token: its items and field bits, appended in item order, so each list is ascending and deduplicated by
  // checking only its last entry.
  const tokenIds = new Map<string, number>();
  const tokenItems: number[][] = [];
  const tokenFields: number[][] = [];

  const add = (token: string, itemIndex: number, field: number) => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenItems.length;
      tokenIds.set(token, id);
      tokenItems.push([]);
      tokenFields.push([]);
    }
    const list = tokenItems[id]!;
    const fields = tokenFields[id]!;
    const last = list.length - 1;
    if (last >= 0 && list[last] === itemIndex) fields[last]! |= field;
    else {
      list.push(itemIndex);
      fields.push(field);
    }
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const hosts: string[] = [];
    for (const website of item.websites) {
      const host = hostOf(website);
      if (host !== undefined && !hosts.includes(host)) hosts.push(host);
    }
    const category = categoryLabel(item.category);
    documents[i] = { title: item.title, hosts, tags: item.tags, vault: item.vaultTitle, category };
    addTitleTokens(item.title, (token, field) => add(token, i, field));
    for (const host of hosts) for (const token of tokenize(host)) add(token, i, Field.host);
    for (const tag of item.tags) for (const token of tokenize(tag)) add(token, i, Field.tag);
    for (const token of tokenize(item.vaultTitle)) add(token, i, Field.vault);
    for (const token of tokenize(category)) add(token, i, Field.category);
  }

  const tokens = [...tokenIds.keys()].sort();
  const tokenLetters = new Uint32Array(tokens.length);
  const postingStart = new Uint32Array(tokens.length + 1);
  let total = 0;
  for (let t = 0; t < tokens.length; t++) {
    postingStart[t] = total;
    total += tokenItems[tokenIds.get(tokens[t]!)!]!.length;
    tokenLetters[t] = letterSet(tokens[t]!);
  }
  postingStart[tokens.length] = total;
  const postingItems = new Uint32Array(total);
  const postingFields = new Uint8Array(total);
  for (let t = 0; t < tokens.length; t++) {
    const id = tokenIds.get(tokens[t]!)!;
    postingItems.set(tokenItems[id]!, postingStart[t]!);
    postingFields.set(tokenFields[id]!, postingStart[t]!);
  }
  return { items, documents, tokens, tokenLetters, postingStart, postingItems, postingFields };
}
