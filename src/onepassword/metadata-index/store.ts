import type { Cache } from "@raycast/api";
import type { AccountRef, VaultSummary } from "../../lib/model";
import { type ListChanges, VaultItems } from "../../lib/vault-items";
import {
  type AccountFirstPage,
  type AccountSnapshot,
  decodeFirstPage,
  firstPageOf,
  FORMAT_VERSION,
  type Head,
  headSchema,
  isOtherFormat,
  type StoredList,
  storedVault,
  type VaultFailure,
} from "./format";
import { decodeRows, encodeRows, parseJson } from "./stored-rows";

/**
 * The metadata index's entries in Raycast's Cache (the layout is in format.ts): reads and writes one vault's rows at a
 * time, and rewrites only the vaults whose rows changed. The store remembers, for each list it read, wrote or listed,
 * where its rows are stored and which content version of the vault it is exactly the listing of, so writing it again
 * costs nothing and a refresh skips a vault that did not change.
 */

/** A head with its vaults as the rest of the extension knows them (with their account). */
export type LoadedHead = Omit<Head, "vaults"> & { vaults: VaultSummary[] };

/** What the store knows of one list it handled. */
interface ListRecord {
  /** Where its rows are in the Cache, when they are stored as they are. */
  stored?: StoredList;
  /** The vault's content version it is exactly the listing of (a list the extension changed has none). */
  listedAt?: number;
}

const headKey = (account: AccountRef) => `account:${account}`;
const firstPageKey = (account: AccountRef) => `first-page:${account}`;
const rowsKey = (account: AccountRef, list: StoredList, chunk: number) =>
  `rows:${account}:${list.vaultId}:${list.generation}#${chunk}`;

/** Removed and archived items noted beside one list's stored rows at most; past that its rows are written again. */
export const MAX_KEPT_CHANGES = 1_000;

/** Row entries of one write: unique across commands writing the same Cache at the same millisecond. */
let generations = 0;
const newGeneration = (now: number) =>
  `${now.toString(36)}.${(generations++).toString(36)}.${Math.random().toString(36).slice(2, 6)}`;

export class MetadataIndexStore {
  /** Per list object, so a list that is replaced (changed, renamed, listed again) starts with no record. */
  private readonly records = new WeakMap<VaultItems, ListRecord>();

  constructor(
    private readonly cache: Cache,
    private readonly now: () => number,
  ) {}

  private record(list: VaultItems): ListRecord {
    let record = this.records.get(list);
    if (!record) this.records.set(list, (record = {}));
    return record;
  }

  /** Notes the content version a fresh listing is of (undefined: the app did not say). */
  markListed(list: VaultItems, contentVersion: number | undefined): void {
    this.record(list).listedAt = contentVersion;
  }

  /** The content version a list was listed at, if it is exactly that listing. */
  listedVersion(list: VaultItems): number | undefined {
    const record = this.records.get(list);
    return record?.listedAt ?? record?.stored?.contentVersion;
  }

  /**
   * A list with items removed or archived (and none saved) keeps its stored rows, with those changes noted beside
   * them in the head, while they are few: rewriting every touched vault's rows would cost a batch over many vaults
   * as much as a refresh.
   */
  carryChanges(from: VaultItems, to: VaultItems, changes: Pick<ListChanges, "removed" | "archived">): void {
    const stored = this.records.get(from)?.stored;
    if (!stored) return;
    const removed = [...(stored.removed ?? [])];
    const archived = [...(stored.archived ?? [])];
    for (const id of from.ids) {
      if (changes.removed.has(id)) removed.push(id);
      else if (changes.archived.has(id)) archived.push(id);
    }
    if (removed.length + archived.length > MAX_KEPT_CHANGES) return;
    const kept = { ...(removed.length > 0 && { removed }), ...(archived.length > 0 && { archived }) };
    this.record(to).stored = { vaultId: stored.vaultId, generation: stored.generation, chunks: stored.chunks, ...kept };
  }

  /** A renamed list's rows are the same rows: it keeps their entries. */
  carryStored(from: VaultItems, to: VaultItems): void {
    const stored = this.records.get(from)?.stored;
    if (stored) this.record(to).stored = stored;
  }

  readHead(account: AccountRef): LoadedHead | undefined {
    const value = this.readEntry(headKey(account));
    const parsed = value === undefined ? undefined : headSchema.safeParse(value);
    if (!parsed?.success || parsed.data.account !== account) return undefined;
    return { ...parsed.data, vaults: parsed.data.vaults.map((vault) => ({ ...vault, account })) };
  }

  readFirstPage(account: AccountRef): AccountFirstPage | undefined {
    const value = this.readEntry(firstPageKey(account));
    const page = value === undefined ? undefined : decodeFirstPage(value);
    return page?.account === account ? page : undefined;
  }

  /**
   * A head or first page, parsed. One written by an older version drops the whole index: it may hold what this version
   * no longer stores (whole website URLs, with their passwords, tokens and secret paths), in entries this version
   * would never find again. The next refresh writes the index anew.
   */
  private readEntry(key: string): unknown {
    const text = this.cache.get(key);
    const value = text === undefined ? undefined : parseJson(text);
    if (!isOtherFormat(value)) return value;
    this.cache.clear();
    return undefined;
  }

  /** One vault's stored items, or undefined when it has none stored (or they are damaged). */
  readList(head: Pick<Head, "account" | "lists">, vault: VaultSummary): VaultItems | undefined {
    const stored = head.lists.find((list) => list.vaultId === vault.id);
    if (!stored) return undefined;
    const rows = decodeRows(vault, stored.chunks, (chunk) => this.cache.get(rowsKey(head.account, stored, chunk)));
    const { removed = [], archived = [] } = stored;
    const list =
      rows && removed.length + archived.length > 0
        ? rows.withChanges({ removed: new Set(removed), archived: new Set(archived), upserted: new Map() })
        : rows;
    if (list) this.record(list).stored = stored;
    return list;
  }

  /** The whole account, or undefined when it is not stored or any of its vaults' rows are missing. */
  read(account: AccountRef): AccountSnapshot | undefined {
    const head = this.readHead(account);
    if (!head) return undefined;
    const lists: VaultItems[] = [];
    for (const stored of head.lists) {
      const vault = head.vaults.find((candidate) => candidate.id === stored.vaultId);
      const list = vault ? this.readList(head, vault) : undefined;
      if (!list) return undefined;
      lists.push(list);
    }
    return {
      account,
      vaults: head.vaults,
      lists,
      refreshedAt: head.refreshedAt,
      failures: head.failures as VaultFailure[],
    };
  }

  emptyList(vault: VaultSummary): VaultItems {
    return VaultItems.of({ account: vault.account, id: vault.id, title: vault.title }, []);
  }

  /**
   * Writes the account: the rows of each list not already stored (each under a new generation), then the head, then
   * the first page; then removes the rows the previous head pointed at and the new one does not.
   */
  write(snapshot: AccountSnapshot, previous: Head | undefined = this.readHead(snapshot.account)): void {
    const { account } = snapshot;
    const lists = snapshot.lists.map((list) => {
      const stored = this.records.get(list)?.stored;
      if (stored && stored.vaultId === list.vault.id && this.cache.has(rowsKey(account, stored, 0)))
        return { ...stored, contentVersion: this.listedVersion(list) };
      return this.writeRows(account, list);
    });
    const head: Head = {
      format: FORMAT_VERSION,
      account,
      refreshedAt: snapshot.refreshedAt,
      vaults: snapshot.vaults.map(storedVault),
      lists,
      failures: snapshot.failures,
    };
    this.cache.set(headKey(account), JSON.stringify(head));
    this.cache.set(firstPageKey(account), firstPageOf(snapshot));
    const kept = new Set(lists.map((list) => `${list.vaultId}:${list.generation}`));
    for (const old of previous?.lists ?? [])
      if (!kept.has(`${old.vaultId}:${old.generation}`)) this.removeRows(account, old);
  }

  remove(account: AccountRef): void {
    const head = this.readHead(account);
    this.cache.remove(headKey(account));
    this.cache.remove(firstPageKey(account));
    for (const list of head?.lists ?? []) this.removeRows(account, list);
  }

  /** The head's vaults with empty stand-ins for their lists, for a change that needs no rows. */
  withoutRows(head: LoadedHead): AccountSnapshot {
    const { account, vaults, refreshedAt, failures } = head;
    return { account, vaults, lists: [], refreshedAt, failures: failures as VaultFailure[] };
  }

  /** A vault change without the rows in memory: the stored lists of the vaults that remain keep their entries. */
  writeVaultsOnly(head: Head, next: AccountSnapshot): void {
    const remaining = new Set(next.vaults.map((vault) => vault.id));
    const lists = head.lists.filter((list) => remaining.has(list.vaultId));
    for (const list of head.lists) if (!remaining.has(list.vaultId)) this.removeRows(head.account, list);
    const updated: Head = { ...head, vaults: next.vaults.map(storedVault), lists };
    this.cache.set(headKey(head.account), JSON.stringify(updated));
    // The first page keeps its rows of the remaining vaults, under their new titles; the counts lose what the removed
    // vaults held (their active items, as the app counts them).
    const page = this.readFirstPage(head.account);
    if (!page) return;
    const titles = new Map(next.vaults.map((vault) => [vault.id, vault.title]));
    const kept = page.items.filter((item) => titles.has(item.vaultId));
    const pageLists = next.vaults.map((vault) =>
      VaultItems.of(
        { account: head.account, id: vault.id, title: vault.title },
        kept.filter((item) => item.vaultId === vault.id),
      ),
    );
    const removedActive = page.vaults
      .filter((vault) => !remaining.has(vault.id))
      .reduce((sum, vault) => sum + vault.itemCount, 0);
    const counts = { active: Math.max(0, page.counts.active - removedActive), archived: page.counts.archived };
    this.cache.set(firstPageKey(head.account), firstPageOf({ ...next, lists: pageLists }, counts));
  }

  private writeRows(account: AccountRef, list: VaultItems): StoredList {
    const stored: StoredList = {
      vaultId: list.vault.id,
      generation: newGeneration(this.now()),
      chunks: 0,
      contentVersion: this.records.get(list)?.listedAt,
    };
    for (const text of encodeRows(list)) this.cache.set(rowsKey(account, stored, stored.chunks++), text);
    if (stored.chunks === 0) this.cache.set(rowsKey(account, stored, stored.chunks++), "[]");
    this.record(list).stored = stored;
    return stored;
  }

  private removeRows(account: AccountRef, list: StoredList): void {
    for (let chunk = 0; chunk < list.chunks; chunk++) this.cache.remove(rowsKey(account, list, chunk));
  }
}
