import { Alert, confirmAlert, Icon, showToast, Toast } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import type { ItemChanges } from "../../onepassword/metadata-index";
import { summaryKey } from "../../lib/item-key";
import { archiveItems, deleteItems, getItems, itemKey, type ItemRef } from "../../onepassword/items";
import { runBatch, plural, type BatchWords } from "../shared/batch-toast";
import type { Optimistic } from "../shared/mutation";
import { showFailure } from "../shared/failure-toast";
import { formatEnvReferences, type EnvReferenceEntry } from "../../domain/env-references";
import { referenceFor, shapeOf, type ReferenceContext } from "../../domain/item-shape";

export interface BatchHost {
  /** Updates the metadata index (and the list) after the extension's own changes. */
  applyItemChanges: (account: string, changes: ItemChanges) => void;
  /** Keeps exactly these item keys selected (the failed ones, for a retry). */
  keepSelected: (keys: readonly string[]) => void;
  /** Takes the items' rows off the list while the call runs (see `usePendingChanges`). */
  hideWhileRunning?: (keys: readonly string[], change: ItemChange) => Optimistic;
  /** Runs a batch unless one is already running: a second press would send it twice. */
  guard: (work: () => Promise<void>) => Promise<void>;
}

export type ItemChange = "archived" | "removed";

const noun = (count: number) => (count === 1 ? "item" : "items");
const ARCHIVE_WORDS: BatchWords = { progressive: "Archiving", past: "Archived", verb: "archive", noun };
const DELETE_WORDS: BatchWords = { progressive: "Deleting", past: "Deleted", verb: "delete", noun };

export const refOf = (item: ItemSummary): ItemRef => ({
  account: item.account,
  vaultId: item.vaultId,
  itemId: item.id,
});
export const keyOf = summaryKey;

function applyByAccount(refs: readonly ItemRef[], host: BatchHost, change: ItemChange): void {
  const byAccount = new Map<string, string[]>();
  for (const ref of refs) {
    const ids = byAccount.get(ref.account) ?? [];
    byAccount.set(ref.account, ids);
    ids.push(ref.itemId);
  }
  for (const [account, ids] of byAccount) host.applyItemChanges(account, { [change]: ids });
}

/** Archive or delete over items: their rows go at once; the failed ones come back, selected, for "Try Again". */
async function runItemBatch(items: readonly ItemSummary[], change: ItemChange, host: BatchHost): Promise<void> {
  const { hideWhileRunning } = host;
  await runBatch<ItemRef>({
    keys: items.map(refOf),
    words: change === "archived" ? ARCHIVE_WORDS : DELETE_WORDS,
    call: change === "archived" ? archiveItems : deleteItems,
    optimistic: hideWhileRunning && ((refs) => hideWhileRunning(refs.map(itemKey), change)),
    onReport: (report) => {
      applyByAccount(report.succeeded, host, change);
      host.keepSelected(report.failed.map((failure) => itemKey(failure.key)));
    },
    retry: (refs) => {
      const again = new Set(refs.map(itemKey));
      void host.guard(() =>
        runItemBatch(
          items.filter((item) => again.has(keyOf(item))),
          change,
          host,
        ),
      );
    },
  });
}

export function archiveSelected(items: readonly ItemSummary[], host: BatchHost): Promise<void> {
  return host.guard(() => runItemBatch(items, "archived", host));
}

export function deleteSelected(items: readonly ItemSummary[], host: BatchHost): Promise<void> {
  return host.guard(() => confirmAndDelete(items, host));
}

async function confirmAndDelete(items: readonly ItemSummary[], host: BatchHost): Promise<void> {
  const count = plural(items.length, "Item");
  const confirmed = await confirmAlert({
    title: `Delete ${count}?`,
    message:
      items.length === 1
        ? `"${items[0]?.title ?? ""}" moves to Recently Deleted in 1Password.`
        : `These ${plural(items.length, "item")} move to Recently Deleted in 1Password.`,
    icon: Icon.Trash,
    primaryAction: { title: "Delete", style: Alert.ActionStyle.Destructive },
  });
  if (!confirmed) return;
  await runItemBatch(items, "removed", host);
}

/**
 * `NAME=op://…` lines for the selected items' main secrets. The items are fetched to find that field; only titles and
 * ids reach the text, and the fetched values are dropped with `details`.
 */
export async function copyEnvReferences(items: readonly ItemSummary[], context: ReferenceContext): Promise<void> {
  const toast = await showToast({ style: Toast.Style.Animated, title: `Loading ${plural(items.length, "item")}…` });
  let fetched;
  try {
    fetched = await getItems(items.map(refOf));
  } catch (error) {
    // With one account, Authorize Again forgets only its client; with several, every account's (any may be at fault).
    const accounts = new Set(items.map((item) => item.account));
    const account = accounts.size === 1 ? items[0]?.account : undefined;
    await toast.hide();
    await showFailure(error, { operation: "Loading items", account }, () => void copyEnvReferences(items, context));
    return;
  }
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const entries: EnvReferenceEntry[] = [];
  let withoutSecret = 0;
  /** Items whose secret no reference names alone (its id is also another field's title). */
  let withoutReference = 0;
  // Keep the user's order, not the order the vaults answered in.
  const order = new Map(items.map((item, index) => [keyOf(item), index]));
  const details = [...fetched.items].sort(
    (a, b) =>
      (order.get(itemKey({ account: a.account, vaultId: a.vaultId, itemId: a.id })) ?? 0) -
      (order.get(itemKey({ account: b.account, vaultId: b.vaultId, itemId: b.id })) ?? 0),
  );
  for (const detail of details) {
    const summary = byKey.get(itemKey({ account: detail.account, vaultId: detail.vaultId, itemId: detail.id }));
    const shape = shapeOf(detail);
    const field = shape.fields.find((candidate) => candidate.id === shape.mainSecretId);
    const reference = summary && field && referenceFor(summary, shape, field, context);
    if (!summary || !field) {
      withoutSecret++;
      continue;
    }
    if (!reference) {
      withoutReference++;
      continue;
    }
    entries.push({ itemTitle: summary.title, fieldLabel: field.noun, reference });
  }
  const failed = fetched.report.failed.length;
  if (entries.length === 0) {
    toast.style = Toast.Style.Failure;
    toast.title = "No References to Copy";
    toast.message = failed > 0 ? `${plural(failed, "item")} could not be loaded.` : "The items have no secret field.";
    return;
  }
  await copyText(formatEnvReferences(entries), `${plural(entries.length, "reference")} as .env`);
  const skipped = failed + withoutSecret + withoutReference;
  if (skipped > 0) {
    await showToast({
      style: Toast.Style.Failure,
      title: `Copied ${plural(entries.length, "reference")}, skipped ${skipped}`,
      message: [
        failed > 0 ? `${plural(failed, "item")} could not be loaded` : "",
        withoutSecret > 0 ? `${plural(withoutSecret, "item")} without a secret field` : "",
        withoutReference > 0 ? `${plural(withoutReference, "item")} whose secret no reference names alone` : "",
      ]
        .filter(Boolean)
        .join("; "),
    });
  }
}
