import { ITEM_CATEGORIES, type ItemCategory } from "../lib/model";
import { hostsOf } from "../lib/url";
import type { ItemRow } from "../lib/vault-items";

/**
 * The SDK turns a vault's `ItemsList` answer into one object per item, with a Date per date and an object per
 * website, all alive at once next to the answer's text: for one large vault that is more than a Raycast worker may
 * hold, while the index keeps a few strings per item. scripts/bundle-sdk.mjs gives the SDK's Items a `listRows`
 * (scripts/sdk-items-list-patch.js) that hands the answer's text to `decodeItemsList` first: it reads the text item
 * by item straight into the index's rows, keeping of each website only its host. It answers only for the exact shape
 * it understands and returns `undefined` for anything else (a missing or null field, a duplicate or escaped key, a
 * number for a date, a date that does not parse, invalid JSON), and the SDK then parses the answer as it always did.
 * So every row it gives is the one the SDK's objects, the zod schema and `rowOf` would give;
 * test/onepassword-layer/items-list-decoder.test.ts checks that over random and adversarial answers.
 */

/** Marks a decoded listing; a symbol from the global registry, since the SDK bundle holds its own copy of this file. */
const DECODED = Symbol.for("onepassword-secrets.decodedItemsList");

export class DecodedItemsList {
  readonly [DECODED] = true;
  constructor(readonly rows: ItemRow[]) {}
}

export function isDecodedItemsList(value: unknown): value is DecodedItemsList {
  return typeof value === "object" && value !== null && (value as Partial<DecodedItemsList>)[DECODED] === true;
}

/** Thrown inside the reader for anything it does not understand; caught once, at the top. */
const GIVE_UP = new Error("not a listing the decoder understands");
const MAX_DEPTH = 200;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CATEGORIES: readonly string[] = ITEM_CATEGORIES;

class Reader {
  at = 0;
  constructor(readonly text: string) {}

  space(): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.at++;
    }
  }

  /** Whether `char` comes next (after whitespace); consumed if it does. */
  take(char: string): boolean {
    this.space();
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }

  expect(char: string): void {
    if (!this.take(char)) throw GIVE_UP;
  }

  /** The bounds of the string that starts here (quotes excluded) and whether it holds an escape. */
  stringBounds(): { start: number; end: number; escaped: boolean } {
    this.expect('"');
    const { text } = this;
    const start = this.at;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (Number.isNaN(c) || c < 0x20) throw GIVE_UP;
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        this.at++;
      }
      this.at++;
    }
    this.at++;
    return { start, end: this.at - 1, escaped };
  }

  /** A string as a copy of its own: a slice would keep the whole answer's text alive for as long as the index. */
  string(): string {
    const { start, end } = this.stringBounds();
    return this.checkString(start, end);
  }

  /** The string between these bounds, decoded as JSON decodes it; gives up where JSON would refuse it. */
  checkString(start: number, end: number): string {
    try {
      return JSON.parse(this.text.slice(start - 1, end + 1)) as string;
    } catch {
      throw GIVE_UP;
    }
  }

  /** A key, as plain text; a key with an escape is given up rather than decoded. */
  key(): string {
    const { start, end, escaped } = this.stringBounds();
    if (escaped) throw GIVE_UP;
    this.expect(":");
    return this.text.slice(start, end);
  }

  isNull(): boolean {
    this.space();
    if (!this.text.startsWith("null", this.at)) return false;
    this.at += 4;
    return true;
  }

  /** Any JSON value, checked and passed over. */
  skip(depth = 0): void {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    this.space();
    const c = this.text[this.at];
    if (c === '"') {
      // A passed-over string is checked too: an escape JSON does not know makes the whole answer invalid.
      const { start, end, escaped } = this.stringBounds();
      if (escaped) this.checkString(start, end);
    } else if (c === "{" || c === "[") {
      this.at++;
      const close = c === "{" ? "}" : "]";
      if (this.take(close)) return;
      do {
        if (c === "{") this.key();
        this.skip(depth + 1);
      } while (this.take(","));
      this.expect(close);
    } else if (this.literal("true") || this.literal("false") || this.literal("null")) return;
    else {
      NUMBER.lastIndex = this.at;
      if (!NUMBER.test(this.text)) throw GIVE_UP;
      this.at = NUMBER.lastIndex;
    }
  }

  literal(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }

  /** `[ … ]` with `each` reading one element; `null` when `nullable` and the value is null. */
  list(each: () => void, nullable: boolean): boolean {
    if (nullable && this.isNull()) return false;
    this.expect("[");
    if (this.take("]")) return true;
    do each();
    while (this.take(","));
    this.expect("]");
    return true;
  }

  /** `{ … }` with `field` reading each value; a key twice is given up (JSON.parse would keep the last). */
  object(field: (key: string) => void): void {
    this.expect("{");
    if (this.take("}")) return;
    const seen = new Set<string>();
    do {
      const key = this.key();
      if (seen.has(key)) throw GIVE_UP;
      seen.add(key);
      field(key);
    } while (this.take(","));
    this.expect("}");
  }

  /** A date as the SDK's reviver and the schema read it; a date that does not parse is left to them. */
  date(): number {
    const time = new Date(this.string()).getTime();
    if (Number.isNaN(time)) throw GIVE_UP;
    return time;
  }

  row(): ItemRow {
    let id: string | undefined;
    let title: string | undefined;
    let category: ItemCategory | undefined;
    let vaultId = false;
    let urls: string[] = [];
    let tags: string[] = [];
    let state = "active";
    let createdAt: number | undefined;
    let updatedAt: number | undefined;
    this.object((key) => {
      if (key === "id") id = this.string();
      else if (key === "title") title = this.string();
      else if (key === "category") {
        const name = this.string();
        category = (CATEGORIES.includes(name) ? name : "Unsupported") as ItemCategory;
      } else if (key === "vaultId") vaultId = this.string() !== "";
      else if (key === "websites") {
        const found: string[] = [];
        this.list(() => found.push(this.website()), true);
        urls = found;
      } else if (key === "tags") {
        const found: string[] = [];
        this.list(() => found.push(this.string()), true);
        tags = found;
      } else if (key === "state") state = this.string();
      else if (key === "createdAt") createdAt = this.date();
      else if (key === "updatedAt") updatedAt = this.date();
      else this.skip();
    });
    if (!id || title === undefined || category === undefined || !vaultId) throw GIVE_UP;
    if (createdAt === undefined || updatedAt === undefined) throw GIVE_UP;
    const websites = hostsOf(urls);
    return { id, title, category, websites, tags, archived: state === "archived", createdAt, updatedAt };
  }

  /** A website's url; its label is checked (the schema requires a string when there is one) and dropped. */
  website(): string {
    let url: string | undefined;
    this.object((key) => {
      if (key === "url") url = this.string();
      else if (key === "label") this.string();
      else this.skip();
    });
    if (url === undefined) throw GIVE_UP;
    return url;
  }
}

/** The rows of an `ItemsList` answer's text, or `undefined` when it is not a listing of the shape understood here. */
export function decodeItemsList(text: string): DecodedItemsList | undefined {
  const reader = new Reader(text);
  const rows: ItemRow[] = [];
  try {
    reader.list(() => rows.push(reader.row()), false);
    reader.space();
    if (reader.at !== text.length) return undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return new DecodedItemsList(rows);
}
