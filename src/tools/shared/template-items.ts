import { shapeOf } from "../../domain/item-shape";
import type { EnvReferenceEntry } from "../../domain/env-references";
import type { AccountRef, ItemSummary, VaultSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { summaryKey } from "../../lib/item-key";
import { getItems, type ItemDetails } from "../../onepassword/items";
import { mainSecretReference } from "./fields";
import type { VaultItems } from "../../lib/vault-items";
import { accountSnapshot, itemsTitled, type KnownItems, rankItems, referenceContext } from "./known-items";
import { locateReference } from "./locate";
import { accountsFor } from "./preferences";
import { safeName } from "../../lib/one-line-text";
import { quoted } from "./describe";

/** An entry the template left out, and why, in words for the model. */
export interface Skipped {
  entry: string;
  reason: string;
}

type Plan =
  | {
      kind: "reference";
      entry: string;
      reference: string;
      item?: ItemSummary;
      itemWord: string;
      fieldWord: string;
      sectionWord?: string;
    }
  | { kind: "title"; entry: string; item: ItemSummary };

const isReference = (entry: string) => entry.toLowerCase().startsWith("op://");
const keyOf = summaryKey;

async function snapshots(accounts: readonly AccountRef[]): Promise<KnownItems> {
  const lists: VaultItems[] = [];
  const vaults: VaultSummary[] = [];
  for (const account of accounts) {
    const snapshot = await accountSnapshot(account);
    lists.push(...snapshot.lists);
    vaults.push(...snapshot.vaults);
  }
  return { lists, vaults };
}

function planTitle(entry: string, known: KnownItems, skipped: Skipped[]): Plan | undefined {
  const matches = itemsTitled(known, entry);
  if (matches.length === 1) return { kind: "title", entry, item: matches[0] as ItemSummary };
  if (matches.length > 1) {
    const where = matches.map((item) => `${quoted(item.vaultTitle)} (${safeName(item.account)})`).join(", ");
    skipped.push({ entry, reason: `several items have this title, in ${where}: use the op:// reference instead` });
    return undefined;
  }
  const near = rankItems(known, entry, {}, 3).items.map((item) => quoted(item.title));
  skipped.push({ entry, reason: `no item has this title${near.length > 0 ? `; close: ${near.join(", ")}` : ""}` });
  return undefined;
}

/** The field a reference names, by ID or title (section title too when it has one), in a fetched item. */
function fieldWordIn(details: ItemDetails, field: string, section: string | undefined): string | undefined {
  const key = field.toLowerCase();
  const match = shapeOf(details).fields.find(
    (candidate) =>
      (candidate.id.toLowerCase() === key || candidate.title.toLowerCase() === key) &&
      (section === undefined ||
        candidate.sectionId?.toLowerCase() === section.toLowerCase() ||
        candidate.sectionTitle?.toLowerCase() === section.toLowerCase()),
  );
  return match?.noun;
}

/**
 * The `.env` entries for items named by title (their main secret) or by reference (that field), in the order asked.
 * Items are fetched once, in batches, to find their fields; only titles, labels and references leave here.
 */
export async function resolveTemplateItems(
  preferences: Preferences,
  requested: readonly string[],
  account: string | undefined,
): Promise<{ entries: EnvReferenceEntry[]; skipped: Skipped[] }> {
  const context = await snapshots(accountsFor(preferences, account));
  const skipped: Skipped[] = [];
  const plans: Plan[] = [];
  for (const entry of requested) {
    if (isReference(entry)) {
      const located = await locateReference(preferences, entry, account);
      plans.push({
        kind: "reference",
        entry,
        reference: located.reference,
        item: located.item,
        itemWord: located.item?.title ?? located.parts.item,
        fieldWord: located.parts.field,
        sectionWord: located.parts.section,
      });
    } else {
      const plan = planTitle(entry, context, skipped);
      if (plan) plans.push(plan);
    }
  }
  const toFetch = plans.flatMap((plan) => (plan.item ? [plan.item] : []));
  const { items: fetched } = await getItems(
    toFetch.map((item) => ({ account: item.account, vaultId: item.vaultId, itemId: item.id })),
  );
  const details = new Map(fetched.map((item) => [summaryKey(item), item]));
  const entries: EnvReferenceEntry[] = [];
  for (const plan of plans) {
    const detail = plan.item ? details.get(keyOf(plan.item)) : undefined;
    if (plan.kind === "reference") {
      const fieldWord = (detail && fieldWordIn(detail, plan.fieldWord, plan.sectionWord)) ?? plan.fieldWord;
      entries.push({ itemTitle: plan.itemWord, fieldLabel: fieldWord, reference: plan.reference });
      continue;
    }
    if (!detail) {
      skipped.push({ entry: plan.entry, reason: "1Password did not open this item" });
      continue;
    }
    const main = mainSecretReference(plan.item, detail, referenceContext(context));
    if (!main)
      skipped.push({ entry: plan.entry, reason: "the item has no password, credential or other secret field" });
    else if (!main.reference)
      skipped.push({
        entry: plan.entry,
        reason: "its secret field's ID is also another field's name: no reference names it alone",
      });
    else entries.push({ itemTitle: plan.item.title, fieldLabel: main.kind, reference: main.reference });
  }
  return { entries, skipped };
}
