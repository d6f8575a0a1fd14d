import type { AccountRef, VaultSummary } from "../../lib/model";
import type { VaultItems } from "../../lib/vault-items";
import { mapWithinBudget } from "../concurrency";
import { WORDS } from "../error-words";
import { toOnePasswordError } from "../errors";
import { hasRoomToList, type HeapStatistics } from "../heap-room";
import { listVaultItems } from "../items";
import { LIMITS } from "../limits";
import { listVaults } from "../vaults";
import type { AccountSnapshot, VaultFailure } from "./format";
import type { MetadataIndexStore } from "./store";

function tooLarge(vault: VaultSummary): VaultFailure {
  return {
    vaultId: vault.id,
    vaultTitle: vault.title,
    error: {
      kind: "too-large",
      title: WORDS["too-large"].title,
      hint:
        `Its ${vault.itemCount.toLocaleString("en-US")} items do not fit in the memory Raycast gives one command, so ` +
        "they are not in this list. Search them in the 1Password app, or move some of them into other vaults.",
    },
  };
}

export interface RefreshOptions {
  /** List every vault, changed or not. */
  full?: boolean;
  now: () => number;
  /** The heap as the refresh sees it before each vault. */
  heap: () => HeapStatistics;
  /**
   * Told what is listed so far while the refresh runs (not stored; its `failures` are left for the end). Given, the
   * smallest vaults are listed first, so that a screen with nothing to show yet has rows as early as it can.
   */
  onProgress?: (partial: AccountSnapshot) => void;
}

/**
 * Tells `onProgress` the lists so far each time they hold at least twice the items of the last time: the first
 * vault's rows at once, and what is built on each partial list (a search) costs at most twice what building it on the
 * whole account does.
 */
function progressReporter(
  account: AccountRef,
  vaults: VaultSummary[],
  lists: ReadonlyMap<string, VaultItems>,
  options: RefreshOptions,
): () => void {
  const { onProgress } = options;
  if (!onProgress) return () => {};
  let reported = 0;
  return () => {
    let listed = 0;
    for (const list of lists.values()) listed += list.size;
    if (listed === 0 || listed < 2 * reported) return;
    reported = listed;
    const partial = vaults.flatMap((vault) => lists.get(vault.id) ?? []);
    onProgress({ account, vaults, lists: partial, refreshedAt: options.now(), failures: [] });
  };
}

/**
 * Lists the account's vaults and their items (active and archived) and stores the result, vault by vault: each
 * vault's rows are written as its listing arrives, and a vault whose rows did not change keeps its `known` list
 * (the same object, so nothing built on it needs building again). A vault that fails keeps its previous rows and is
 * reported in `failures`, so one locked-down vault does not empty the list; so is a vault too large for the heap
 * that is left, which is not listed at all. A vault whose content version is the one its `known` list was listed
 * at has not changed and is not listed again, unless `full` asks for every vault. `onProgress` sees the lists as they
 * grow, for a screen that has none to show meanwhile.
 */
export async function refreshAccount(
  store: MetadataIndexStore,
  account: AccountRef,
  known: AccountSnapshot | undefined,
  options: RefreshOptions,
): Promise<AccountSnapshot> {
  const head = store.readHead(account);
  const vaults = await listVaults(account);
  const knownLists = new Map((known?.lists ?? []).map((list) => [list.vault.id, list]));
  const lists = new Map<string, VaultItems>();
  const failures: VaultFailure[] = [];
  const keepPrevious = (vault: VaultSummary) => {
    const previous = knownLists.get(vault.id) ?? (head ? store.readList(head, vault) : undefined);
    if (previous) lists.set(vault.id, previous.vault.title === vault.title ? previous : previous.renamed(vault.title));
  };
  const progress = progressReporter(account, vaults, lists, options);
  const listingOrder = options.onProgress ? [...vaults].sort((a, b) => a.itemCount - b.itemCount) : vaults;
  await mapWithinBudget(
    listingOrder,
    LIMITS.vaultConcurrency,
    LIMITS.listingBudgetItems,
    (vault) => vault.itemCount,
    async (vault) => {
      const previous = knownLists.get(vault.id);
      const unchanged =
        previous !== undefined &&
        vault.contentVersion !== undefined &&
        store.listedVersion(previous) === vault.contentVersion;
      if (unchanged && !options.full) {
        keepPrevious(vault);
        return;
      }
      if (!hasRoomToList(vault.itemCount, options.heap())) {
        keepPrevious(vault);
        failures.push(tooLarge(vault));
        return;
      }
      try {
        const fresh = await listVaultItems(account, vault, { includeArchived: true });
        const kept = previous?.sameRows(fresh) ? previous : fresh;
        store.markListed(kept, vault.contentVersion);
        lists.set(vault.id, kept);
        progress();
      } catch (error) {
        keepPrevious(vault);
        const { kind, title, hint } = toOnePasswordError(error, { operation: `Loading "${vault.title}"`, account });
        failures.push({ vaultId: vault.id, vaultTitle: vault.title, error: { kind, title, hint } });
      }
    },
  );
  const ordered = vaults.flatMap((vault) => lists.get(vault.id) ?? []);
  const snapshot: AccountSnapshot = { account, vaults, lists: ordered, refreshedAt: options.now(), failures };
  store.write(snapshot, head);
  return snapshot;
}
