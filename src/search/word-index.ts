import { categoryLabel } from "../lib/category";
import type { ItemSummary } from "../lib/model";
import { hostsOf } from "../lib/url";
import { browseKey, compareBrowseParts } from "../lib/browse-order";
import { tokenize } from "../lib/normalize";
import type { VaultItems } from "../lib/vault-items";

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
  tags: readonly string[];
  vault: string;
  category: string;
}

/**
 * The immutable part of the search over some vaults' items: a position for every item in browse order (folded title,
 * title, id) across all of them, and an inverted index from every distinct word to the positions containing it
 * (compressed: one offsets array into one postings array). Per item it holds a few typed-array slots; the texts stay
 * in the vaults' own columns.
 */
export interface WordIndex {
  vaults: readonly VaultItems[];
  size: number;
  /** Position p is item `itemOffset[p]` of vault `itemVault[p]`. */
  itemVault: Uint32Array;
  itemOffset: Uint32Array;
  /** Distinct words, sorted, for prefix lookups by binary search. */
  tokens: readonly string[];
  /** Letters present in each token as a 26-bit set (a–z; other characters are ignored), to skip hopeless typos. */
  tokenLetters: Uint32Array;
  /** Postings of token t are `postingItems[postingStart[t] .. postingStart[t + 1]]`, positions ascending. */
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

export function itemAt(index: WordIndex, position: number): ItemSummary {
  return index.vaults[index.itemVault[position]!]!.at(index.itemOffset[position]!);
}

export function documentAt(index: WordIndex, position: number): SearchDocument {
  const vault = index.vaults[index.itemVault[position]!]!;
  const i = index.itemOffset[position]!;
  return {
    title: vault.titles[i]!,
    hosts: hostsOf(vault.websites(i)),
    tags: vault.tags(i),
    vault: vault.vault.title,
    category: categoryLabel(vault.category(i)),
  };
}

/** A growable typed array of postings under construction: (token, position, field) per entry. */
class PostingLog {
  tokens = new Uint32Array(1024);
  positions = new Uint32Array(1024);
  fields = new Uint8Array(1024);
  length = 0;

  push(token: number, position: number, field: number): void {
    if (this.length === this.tokens.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.tokens = grow(this.tokens, (n) => new Uint32Array(n));
      this.positions = grow(this.positions, (n) => new Uint32Array(n));
      this.fields = grow(this.fields, (n) => new Uint8Array(n));
    }
    this.tokens[this.length] = token;
    this.positions[this.length] = position;
    this.fields[this.length] = field;
    this.length++;
  }
}

/** Browse order across vaults: a merge of the vaults' own sorted columns, through a heap of each vault's next item. */
function mergeOrder(vaults: readonly VaultItems[], size: number): { itemVault: Uint32Array; itemOffset: Uint32Array } {
  const itemVault = new Uint32Array(size);
  const itemOffset = new Uint32Array(size);
  const next = new Uint32Array(vaults.length);
  const keys = vaults.map((vault) => (vault.size > 0 ? browseKey(vault.titles[0]!) : ""));
  const less = (a: number, b: number) => {
    const va = vaults[a]!;
    const vb = vaults[b]!;
    const ia = next[a]!;
    const ib = next[b]!;
    const byKey = compareBrowseParts(keys[a]!, va.titles[ia]!, va.ids[ia]!, keys[b]!, vb.titles[ib]!, vb.ids[ib]!);
    return byKey < 0 || (byKey === 0 && a < b);
  };
  const heap: number[] = [];
  const siftDown = (from: number) => {
    for (let i = from; ;) {
      const left = 2 * i + 1;
      let least = i;
      if (left < heap.length && less(heap[left]!, heap[least]!)) least = left;
      if (left + 1 < heap.length && less(heap[left + 1]!, heap[least]!)) least = left + 1;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  };
  vaults.forEach((vault, v) => vault.size > 0 && heap.push(v));
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let p = 0; p < size; p++) {
    const v = heap[0]!;
    itemVault[p] = v;
    itemOffset[p] = next[v]!;
    next[v]!++;
    if (next[v]! < vaults[v]!.size) keys[v] = browseKey(vaults[v]!.titles[next[v]!]!);
    else {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    siftDown(0);
  }
  return { itemVault, itemOffset };
}

/** Words of a title plus each pair of neighbours written together, so "dockerhub" finds "Docker Hub". */
function addTitleTokens(title: string, add: (token: string, field: number) => void): void {
  const words = tokenize(title);
  words.forEach((word, i) => add(word, i === 0 ? Field.titleStart : Field.title));
  for (let i = 0; i + 1 < words.length && i < 6; i++)
    add(words[i]! + words[i + 1]!, i === 0 ? Field.titleStart : Field.title);
}

/**
 * The index built for `previous.vaults`, now over `vaults`, when they hold the same words in the same order (an
 * archive changes only a flag): nothing is built again. Undefined when any vault's words differ.
 */
export function rebindWordIndex(previous: WordIndex, vaults: readonly VaultItems[]): WordIndex | undefined {
  if (vaults.length !== previous.vaults.length) return undefined;
  if (!vaults.every((vault, v) => vault.sameWords(previous.vaults[v]!))) return undefined;
  return { ...previous, vaults };
}

export function buildWordIndex(vaults: readonly VaultItems[]): WordIndex {
  const size = vaults.reduce((sum, vault) => sum + vault.size, 0);
  const { itemVault, itemOffset } = mergeOrder(vaults, size);
  const tokenIds = new Map<string, number>();
  const lastPosting: number[] = [];
  const log = new PostingLog();
  let position = 0;
  const add = (token: string, field: number) => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
      lastPosting.push(-1);
    }
    // Positions arrive in order, so a repeat of the same token in the same item is the token's last entry.
    const last = lastPosting[id]!;
    if (last >= 0 && log.positions[last] === position) log.fields[last]! |= field;
    else {
      lastPosting[id] = log.length;
      log.push(id, position, field);
    }
  };
  // Vault titles and categories repeat across thousands of items: tokenize each once.
  const vaultTokens = vaults.map((vault) => tokenize(vault.vault.title));
  const categoryTokens = new Map<string, string[]>();
  for (; position < size; position++) {
    const v = itemVault[position]!;
    const vault = vaults[v]!;
    const i = itemOffset[position]!;
    addTitleTokens(vault.titles[i]!, add);
    for (const host of hostsOf(vault.websites(i))) for (const token of tokenize(host)) add(token, Field.host);
    for (const tag of vault.tags(i)) for (const token of tokenize(tag)) add(token, Field.tag);
    for (const token of vaultTokens[v]!) add(token, Field.vault);
    const category = vault.category(i);
    let words = categoryTokens.get(category);
    if (!words) categoryTokens.set(category, (words = tokenize(categoryLabel(category))));
    for (const token of words) add(token, Field.category);
  }

  // Counting sort of the log by token, in token order; within a token, positions stay ascending.
  const byId = [...tokenIds.keys()];
  const tokens = [...byId].sort();
  const rank = new Uint32Array(byId.length);
  tokens.forEach((token, t) => (rank[tokenIds.get(token)!] = t));
  const postingStart = new Uint32Array(tokens.length + 1);
  for (let k = 0; k < log.length; k++) postingStart[rank[log.tokens[k]!]! + 1]!++;
  for (let t = 0; t < tokens.length; t++) postingStart[t + 1]! += postingStart[t]!;
  const fill = postingStart.slice(0, tokens.length);
  const postingItems = new Uint32Array(log.length);
  const postingFields = new Uint8Array(log.length);
  for (let k = 0; k < log.length; k++) {
    const at = fill[rank[log.tokens[k]!]!]!++;
    postingItems[at] = log.positions[k]!;
    postingFields[at] = log.fields[k]!;
  }
  const tokenLetters = new Uint32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) tokenLetters[t] = letterSet(tokens[t]!);
  return { vaults, size, itemVault, itemOffset, tokens, tokenLetters, postingStart, postingItems, postingFields };
}
