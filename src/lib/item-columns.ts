import type { ItemCategory } from "./model";
import type { ItemRow } from "./vault-items";
import { packStrings, type PackedStrings } from "./packed-strings";

/**
 * One vault's items column by column, in any order, as a listing or the stored index is read: no object per item.
 * Repeated websites and tags are one string each. `VaultItems.fromColumns` sorts them into the index's list.
 */
export interface ItemColumns {
  ids: readonly string[];
  titles: readonly string[];
  categories: readonly ItemCategory[];
  /** 1 for an archived item. */
  archived: Uint8Array;
  /** Created and updated, in milliseconds, interleaved. */
  dates: Float64Array;
  websites: readonly PackedStrings[];
  tags: readonly PackedStrings[];
}

/** A typed array that grows as items are added (a listing's count is known only at its end). */
function grown<T extends Uint8Array | Float64Array>(array: T, needed: number, make: (length: number) => T): T {
  if (needed <= array.length) return array;
  const bigger = make(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Builds `ItemColumns` one item at a time, keeping each distinct website and tag once. */
export class ItemColumnsBuilder {
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly categories: ItemCategory[] = [];
  private archived = new Uint8Array(256);
  private dates = new Float64Array(512);
  private readonly websites: PackedStrings[] = [];
  private readonly tags: PackedStrings[] = [];
  private readonly shared = new Map<string, string>();

  /** The one copy of `text` these columns hold. */
  intern(text: string): string {
    const found = this.shared.get(text);
    if (found !== undefined) return found;
    this.shared.set(text, text);
    return text;
  }

  add(
    id: string,
    title: string,
    category: ItemCategory,
    websites: readonly string[],
    tags: readonly string[],
    archived: boolean,
    createdAt: number,
    updatedAt: number,
  ): void {
    const packedWebsites = packStrings(websites.map((website) => this.intern(website)));
    const packedTags = packStrings(tags.map((tag) => this.intern(tag)));
    this.addPacked(id, title, category, packedWebsites, packedTags, archived, createdAt, updatedAt);
  }

  /** An item whose websites and tags are already packed, each string already the one copy its list holds. */
  addPacked(
    id: string,
    title: string,
    category: ItemCategory,
    websites: PackedStrings,
    tags: PackedStrings,
    archived: boolean,
    createdAt: number,
    updatedAt: number,
  ): void {
    const n = this.ids.length;
    this.ids.push(id);
    this.titles.push(title);
    this.categories.push(category);
    this.archived = grown(this.archived, n + 1, (length) => new Uint8Array(length));
    this.archived[n] = archived ? 1 : 0;
    this.dates = grown(this.dates, 2 * n + 2, (length) => new Float64Array(length));
    this.dates[2 * n] = createdAt;
    this.dates[2 * n + 1] = updatedAt;
    this.websites.push(websites);
    this.tags.push(tags);
  }

  addRow(row: ItemRow): void {
    const { id, title, category, websites, tags, archived, createdAt, updatedAt } = row;
    this.add(id, title, category, websites, tags, archived, createdAt, updatedAt);
  }

  columns(): ItemColumns {
    const n = this.ids.length;
    const { ids, titles, categories, websites, tags } = this;
    const archived = this.archived.slice(0, n);
    return { ids, titles, categories, archived, dates: this.dates.slice(0, 2 * n), websites, tags };
  }
}
