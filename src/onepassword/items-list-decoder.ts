import { ITEM_CATEGORIES, type ItemCategory } from "../lib/model";
import { ItemColumnsBuilder, type ItemColumns } from "../lib/item-columns";
import { hostsOf } from "../lib/url";
import { ByteReader, GIVE_UP } from "./json-bytes";
import { isListingPayload } from "./listing-payload";

/**
 * The SDK turns a vault's `ItemsList` answer into a string and then into one object per item, with a Date per date
 * and an object per website, all alive at once: for one large vault that is more than a Raycast worker may hold,
 * while the index keeps a few strings per item. The bundled SDK keeps that answer as bytes (listing-payload.ts) and
 * its `listRows` (scripts/sdk-items-list-patch.js) hands them to `decodeItemsList`, which reads them item by item
 * straight into the index's columns, keeping of each website only its host: the answer's text never exists.
 *
 * It answers only for the exact shape it understands and returns `undefined` for anything else (a missing or null
 * field, a duplicate or escaped key, a number for a date, a date that does not parse, invalid JSON), and the SDK then
 * decodes and parses the answer as it always did. So every column it gives holds what the SDK's objects, the zod
 * schema and `rowOf` would give; test/onepassword-layer/items-list-decoder.test.ts checks that over random and
 * adversarial answers, bytes that are not UTF-8 included.
 */

/** Marks a decoded listing; a symbol from the global registry, since the SDK bundle holds its own copy of this file. */
const DECODED = Symbol.for("onepassword-secrets.decodedItemsList");

export class DecodedItemsList {
  readonly [DECODED] = true;
  constructor(readonly columns: ItemColumns) {}
}

export function isDecodedItemsList(value: unknown): value is DecodedItemsList {
  return typeof value === "object" && value !== null && (value as Partial<DecodedItemsList>)[DECODED] === true;
}

const CATEGORIES: readonly string[] = ITEM_CATEGORIES;

class ListingReader extends ByteReader {
  readonly items = new ItemColumnsBuilder();

  /** A date as the SDK's reviver and the schema read it; a date that does not parse is left to them. */
  date(): number {
    const time = new Date(this.string()).getTime();
    if (Number.isNaN(time)) throw GIVE_UP;
    return time;
  }

  item(): void {
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
        // The table's own string: the index then holds no copy of a category name per item.
        const known = CATEGORIES.indexOf(this.string());
        category = (known >= 0 ? CATEGORIES[known] : "Unsupported") as ItemCategory;
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
    this.items.add(id, title, category, hostsOf(urls), tags, state === "archived", createdAt, updatedAt);
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

/** The columns of an `ItemsList` answer's UTF-8 bytes, or `undefined` when it is not a listing understood here. */
export function decodeItemsList(bytes: Uint8Array): DecodedItemsList | undefined {
  const reader = new ListingReader(bytes);
  try {
    reader.list(() => reader.item(), false);
    if (!reader.atEnd()) return undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return new DecodedItemsList(reader.items.columns());
}

/**
 * What the patched `Items.list` (`rows` false) and `listRows` (`rows` true) return for the answer `invoke` gave:
 * decoded columns when asked for and understood, otherwise what the SDK returns, parsed by its own `parse`.
 */
export function readListingAnswer(answer: unknown, rows: boolean, parse: (text: string) => unknown): unknown {
  if (!isListingPayload(answer)) return parse(answer as string);
  const decoded = rows ? decodeItemsList(answer.bytes) : undefined;
  return decoded ?? parse(answer.text());
}
