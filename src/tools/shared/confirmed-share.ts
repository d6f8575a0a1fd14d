import { z } from "zod";
import { DURATION_WORDS } from "../../domain/share-words";
import { confirmedPlans } from "./confirmed-plan";
import { quoted } from "./describe";
import type { ShareTarget } from "./share-target";

/**
 * What the person confirmed for share-item: the item, the link's expiry, its recipients and its views. The link opens
 * the item, so it is made only as the person saw it; if the item, the account's policy or its default changed in
 * between, nothing is shared and the tool says what changed.
 */
const ConfirmedShareSchema = z.object({
  account: z.string(),
  vaultId: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
  expiry: z.string(),
  recipients: z.array(z.string()),
  oneTimeOnly: z.boolean(),
});
type ConfirmedShare = z.infer<typeof ConfirmedShareSchema>;

function snapshotOf(target: ShareTarget): ConfirmedShare {
  const { item } = target;
  return {
    account: item.account,
    vaultId: item.vaultId,
    itemId: item.id,
    itemTitle: item.title,
    expiry: target.expiry,
    recipients: [...target.recipients].sort(),
    oneTimeOnly: target.oneTimeOnly,
  };
}

const expiryWords = (expiry: string) => DURATION_WORDS[expiry as ShareTarget["expiry"]] ?? expiry;
const recipientWords = (recipients: readonly string[]) =>
  recipients.length > 0 ? recipients.join(", ") : "anyone with the link";

function changesSince(seen: ConfirmedShare, fresh: ConfirmedShare): string[] {
  const changes: string[] = [];
  if (seen.account !== fresh.account || seen.vaultId !== fresh.vaultId || seen.itemId !== fresh.itemId) {
    changes.push(`${quoted(seen.itemTitle)} now names another item`);
  } else if (seen.itemTitle !== fresh.itemTitle) {
    changes.push(`the item ${quoted(seen.itemTitle)} was renamed ${quoted(fresh.itemTitle)}`);
  }
  if (seen.expiry !== fresh.expiry) {
    changes.push(`the link would expire after ${expiryWords(fresh.expiry)}, not ${expiryWords(seen.expiry)}`);
  }
  if (seen.recipients.join("\n") !== fresh.recipients.join("\n")) {
    changes.push(`it would be for ${recipientWords(fresh.recipients)}, not ${recipientWords(seen.recipients)}`);
  }
  if (seen.oneTimeOnly !== fresh.oneTimeOnly) {
    changes.push(fresh.oneTimeOnly ? "it would allow one view per person" : "it would allow unlimited views");
  }
  return changes;
}

/** share-item makes the link only as the person saw it: the same item, expiry, recipients and views. */
export const confirmedShare = confirmedPlans({
  namespace: "tool-confirmed-share",
  schema: ConfirmedShareSchema,
  snapshotOf,
  changesSince,
  words: { nothingDone: "Nothing was shared", confirmedThing: "this link" },
});
