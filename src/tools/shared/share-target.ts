import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { checkRecipients } from "../../lib/share-recipients";
import {
  allowedDurations,
  getSharePolicy,
  SHARE_DURATIONS,
  type ShareDuration,
  type SharePolicy,
} from "../../onepassword/item-shares";
import { DURATION_WORDS } from "../../domain/share-words";
import { quoted } from "./describe";
import { ToolInputError } from "./errors";
import { accountSnapshot, itemsTitled } from "./known-items";
import { findVault } from "./locate";
import { accountsFor } from "./preferences";

/** What share-item is asked for: an item by title, and the link's expiry, recipients and views. */
export interface ShareInput {
  item: string;
  vault?: string;
  account?: string;
  expiry?: string;
  recipients?: string[];
  oneTimeOnly?: boolean;
}

/** The share the person confirms: the item, and the link's settings checked against the account's policy. */
export interface ShareTarget {
  item: ItemSummary;
  policy: SharePolicy;
  expiry: ShareDuration;
  /** None: anyone with the link. */
  recipients: string[];
  oneTimeOnly: boolean;
}

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** An expiry as a model may write it: "7 days", "SevenDays", "1 hour". */
function parseExpiry(text: string): ShareDuration {
  const wanted = compact(text);
  const found = SHARE_DURATIONS.find((d) => compact(d) === wanted || compact(DURATION_WORDS[d]) === wanted);
  if (found) return found;
  const words = SHARE_DURATIONS.map((d) => DURATION_WORDS[d]).join(", ");
  throw new ToolInputError(`“${text.trim()}” is not an expiry a share link can have. Expiries: ${words}.`);
}

async function findItem(preferences: Preferences, input: ShareInput): Promise<ItemSummary> {
  const found: ItemSummary[] = [];
  for (const account of accountsFor(preferences, input.account)) {
    const snapshot = await accountSnapshot(account);
    const vaultId = input.vault?.trim() ? findVault(snapshot.vaults, input.vault).id : undefined;
    found.push(...itemsTitled(snapshot, input.item, vaultId));
  }
  if (found.length === 1) return found[0] as ItemSummary;
  if (found.length === 0) throw new ToolInputError(`No item ${quoted(input.item)}. Use a title from search-items.`);
  const vaults = found.map((item) => quoted(item.vaultTitle)).join(", ");
  throw new ToolInputError(`Several items are titled ${quoted(input.item)} (in ${vaults}): say which vault.`);
}

export async function shareTargetOf(preferences: Preferences, input: ShareInput): Promise<ShareTarget> {
  if (!input.item?.trim()) throw new ToolInputError("Name the item to share, by its title from search-items.");
  const item = await findItem(preferences, input);
  const policy = await getSharePolicy(
    { account: item.account, vaultId: item.vaultId, itemId: item.id },
    item.vaultTitle,
  );
  const expiry = input.expiry?.trim() ? parseExpiry(input.expiry) : policy.defaultExpiry;
  if (!allowedDurations(policy).includes(expiry)) {
    throw new ToolInputError(
      `Your account's policy allows share links for at most ${DURATION_WORDS[policy.maxExpiry]}.`,
    );
  }
  const named = (input.recipients ?? []).map((recipient) => recipient.trim()).filter((recipient) => recipient !== "");
  let recipients: string[] = [];
  if (named.length === 0) {
    if (!policy.allowsPublic)
      throw new ToolInputError(
        "Your account's policy allows share links only for specific people: give their email addresses or domains.",
      );
  } else {
    if (!policy.allowsSpecific)
      throw new ToolInputError(
        "Your account's policy allows only links anyone with the link can open: give no recipients.",
      );
    const check = checkRecipients(named.join(","), policy);
    if (!check.ok) throw new ToolInputError(check.error);
    recipients = check.recipients;
  }
  return { item, policy, expiry, recipients, oneTimeOnly: input.oneTimeOnly === true || policy.maxViews === 1 };
}
