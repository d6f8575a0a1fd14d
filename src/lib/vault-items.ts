import type { AccountRef, ItemCategory, ItemSummary } from "./model";
import { browseKey, compareBrowseParts } from "./browse-order";
import { ItemColumnsBuilder, type ItemColumns } from "./item-columns";
import { samePacked, unpackStrings, type PackedStrings } from "./packed-strings";

/**
 * One vault's item overviews, held column by column: a string per id and title, websites and tags as one shared
 * string where they repeat, the rest in typed arrays, in browse order (folded title, title, id). An account is a list
 * of these, one per vault. A full `ItemSummary` exists only for the rows a screen asks for (`at`), and stays the same
 * object for as long as this vault's items do, so a row that did not change is not rendered again.
 */

export interface VaultRef {
  account: AccountRef;
  id: string;
  title: string;
}

/** The fields of an item overview this index keeps (an `ItemSummary` without its vault, which is per list). */
export type ItemRow = Pick<ItemSummary, "id" | "title" | "category" | "websites" | "tags" | "archived"> & {
  createdAt: number;
  updatedAt: number;
};

/** Category names by code; a module-wide table, since a handful of names serve every vault. */
const categoryNames: ItemCategory[] = [];
const categoryCodes = new Map<ItemCategory, number>();
function categoryCode(category: ItemCategory): number {
  let code = categoryCodes.get(category);
  if (code === undefined) {
    code = categoryNames.length;
    categoryNames.push(category);
    categoryCodes.set(category, code);
  }
  return code;
}

/** The extension's own changes to a list's items, by id. */
export interface ListChanges {
  removed: ReadonlySet<string>;
  archived: ReadonlySet<string>;
  upserted: ReadonlyMap<string, ItemRow>;
}

export class VaultItems {
  readonly size: number;
  private readonly summaries = new Map<number, ItemSummary>();

  private constructor(
    readonly vault: VaultRef,
    readonly ids: readonly string[],
    readonly titles: readonly string[],
    private readonly categories: Uint8Array,
    private readonly flags: Uint8Array,
    /** Created and updated, in milliseconds, interleaved. */
    private readonly dates: Float64Array,
    private readonly websiteValues: readonly PackedStrings[],
    private readonly tagValues: readonly PackedStrings[],
  ) {
    this.size = ids.length;
  }

  /** Rows in any order; they are sorted here. Repeated tags and websites are kept once. */
  static of(vault: VaultRef, rows: readonly ItemRow[]): VaultItems {
    const columns = new ItemColumnsBuilder();
    for (const row of rows) columns.addRow(row);
    return VaultItems.fromColumns(vault, columns.columns());
  }

  /** Columns in any order; they are sorted here, and no object is made per item. */
  static fromColumns(vault: VaultRef, columns: ItemColumns): VaultItems {
    const n = columns.ids.length;
    const keys = columns.titles.map(browseKey);
    const order = Array.from({ length: n }, (_, i) => i);
    const { ids, titles } = columns;
    order.sort((a, b) => compareBrowseParts(keys[a]!, titles[a]!, ids[a]!, keys[b]!, titles[b]!, ids[b]!));
    const sortedIds: string[] = new Array(n);
    const sortedTitles: string[] = new Array(n);
    const categories = new Uint8Array(n);
    const flags = new Uint8Array(n);
    const dates = new Float64Array(2 * n);
    const websites: PackedStrings[] = new Array(n);
    const tags: PackedStrings[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      sortedIds[k] = ids[i]!;
      sortedTitles[k] = titles[i]!;
      categories[k] = categoryCode(columns.categories[i]!);
      flags[k] = columns.archived[i]!;
      dates[2 * k] = columns.dates[2 * i]!;
      dates[2 * k + 1] = columns.dates[2 * i + 1]!;
      websites[k] = columns.websites[i];
      tags[k] = columns.tags[i];
    }
    return new VaultItems(vault, sortedIds, sortedTitles, categories, flags, dates, websites, tags);
  }

  /** The same items under the vault's new title (a rename): the columns are shared, not copied. */
  renamed(title: string): VaultItems {
    const { ids, titles, categories, flags, dates, websiteValues, tagValues } = this;
    return new VaultItems({ ...this.vault, title }, ids, titles, categories, flags, dates, websiteValues, tagValues);
  }

  category(i: number): ItemCategory {
    return categoryNames[this.categories[i]!]!;
  }

  archived(i: number): boolean {
    return this.flags[i] === 1;
  }

  /** Created and updated, in milliseconds. */
  datesAt(i: number): [createdAt: number, updatedAt: number] {
    return [this.dates[2 * i]!, this.dates[2 * i + 1]!];
  }

  websites(i: number): readonly string[] {
    return unpackStrings(this.websiteValues[i]);
  }

  tags(i: number): readonly string[] {
    return unpackStrings(this.tagValues[i]);
  }

  row(i: number): ItemRow {
    return {
      id: this.ids[i]!,
      title: this.titles[i]!,
      category: this.category(i),
      websites: [...this.websites(i)],
      tags: [...this.tags(i)],
      archived: this.archived(i),
      createdAt: this.dates[2 * i]!,
      updatedAt: this.dates[2 * i + 1]!,
    };
  }

  /** The item at `i` as the screens use it; the same object on every call. */
  at(i: number): ItemSummary {
    let summary = this.summaries.get(i);
    if (!summary) {
      const { account, id: vaultId, title: vaultTitle } = this.vault;
      summary = { account, vaultId, vaultTitle, ...this.row(i) };
      this.summaries.set(i, summary);
    }
    return summary;
  }

  /** The categories its items have, each once. */
  categoriesPresent(): ItemCategory[] {
    const seen = new Uint8Array(categoryNames.length);
    for (let i = 0; i < this.size; i++) seen[this.categories[i]!] = 1;
    return categoryNames.filter((_, code) => seen[code] === 1);
  }

  activeCount(): number {
    let count = 0;
    for (let i = 0; i < this.size; i++) if (this.flags[i] === 0) count++;
    return count;
  }

  /** Whether both hold exactly the same rows (a refresh that changed nothing keeps the old list and its rows). */
  sameRows(other: VaultItems): boolean {
    if (!this.sameWords(other)) return false;
    for (let i = 0; i < this.size; i++) {
      if (this.flags[i] !== other.flags[i]) return false;
      if (this.dates[2 * i] !== other.dates[2 * i] || this.dates[2 * i + 1] !== other.dates[2 * i + 1]) return false;
    }
    return true;
  }

  /**
   * Whether both hold the same items in the same order with the same searchable words (ids, titles, categories,
   * websites, tags, vault title), whatever their archived state and dates: a search built on one serves the other.
   */
  sameWords(other: VaultItems): boolean {
    if (other === this) return true;
    if (other.size !== this.size || other.vault.title !== this.vault.title) return false;
    // A list an archive made shares this one's word columns: nothing to compare item by item.
    const { ids, titles, categories, websiteValues: websites, tagValues: tags } = other;
    const shared = ids === this.ids && titles === this.titles && categories === this.categories;
    if (shared && websites === this.websiteValues && tags === this.tagValues) return true;
    for (let i = 0; i < this.size; i++) {
      if (this.ids[i] !== other.ids[i] || this.titles[i] !== other.titles[i]) return false;
      if (this.categories[i] !== other.categories[i]) return false;
      if (!samePacked(this.websiteValues[i], other.websiteValues[i])) return false;
      if (!samePacked(this.tagValues[i], other.tagValues[i])) return false;
    }
    return true;
  }

  /** A copy with some items changed, removed or added (the extension's own changes). */
  withChanges(changes: ListChanges): VaultItems {
    const { removed, archived, upserted } = changes;
    const rest = this.withoutOrArchived(
      upserted.size === 0 ? removed : new Set([...removed, ...upserted.keys()]),
      archived,
    );
    if (upserted.size === 0) return rest;
    // Column to column: the items kept keep their strings and packed lists; only the new rows are made into columns.
    const columns = new ItemColumnsBuilder();
    for (let i = 0; i < rest.size; i++) {
      const [createdAt, updatedAt] = rest.datesAt(i);
      const { ids, titles, websiteValues, tagValues } = rest;
      columns.addPacked(
        ids[i]!,
        titles[i]!,
        rest.category(i),
        websiteValues[i],
        tagValues[i],
        rest.archived(i),
        createdAt,
        updatedAt,
      );
    }
    for (const [id, row] of upserted) if (!removed.has(id)) columns.addRow(row);
    return VaultItems.fromColumns(this.vault, columns.columns());
  }

  /** Removing and archiving keep the browse order: nothing is sorted, and an archive alone copies only the flags. */
  private withoutOrArchived(removed: ReadonlySet<string>, archived: ReadonlySet<string>): VaultItems {
    const kept: number[] = [];
    for (let i = 0; i < this.size; i++) if (!removed.has(this.ids[i]!)) kept.push(i);
    const flags = new Uint8Array(kept.length);
    kept.forEach((i, k) => (flags[k] = this.flags[i] === 1 || archived.has(this.ids[i]!) ? 1 : 0));
    const { vault, ids, titles, categories, dates, websiteValues, tagValues } = this;
    if (kept.length === this.size) {
      return new VaultItems(vault, ids, titles, categories, flags, dates, websiteValues, tagValues);
    }
    const keptDates = new Float64Array(2 * kept.length);
    kept.forEach((i, k) => keptDates.set(dates.subarray(2 * i, 2 * i + 2), 2 * k));
    return new VaultItems(
      vault,
      kept.map((i) => ids[i]!),
      kept.map((i) => titles[i]!),
      Uint8Array.from(kept, (i) => categories[i]!),
      flags,
      keptDates,
      kept.map((i) => websiteValues[i]),
      kept.map((i) => tagValues[i]),
    );
  }
}
