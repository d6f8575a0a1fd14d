import type { Tool } from "@raycast/api";
import { copySecret } from "../clipboard/secure-clipboard";
import { DURATION_WORDS } from "../domain/share-words";
import { createShareLink, validateShareRecipients } from "../onepassword/item-shares";
import { confirmedShare } from "./shared/confirmed-share";
import { safeNames } from "./shared/describe";
import { answering } from "./shared/errors";
import { clearsIn, toolClipboardOptions, toolPreferences } from "./shared/preferences";
import { shareTargetOf, type ShareTarget } from "./shared/share-target";

type Input = {
  /** The item's title, exactly as search-items returned it. */
  item: string;
  /** The item's vault, when several items have that title: its title as search-items shows it, or its ID. */
  vault?: string;
  /** The account, when several are configured. */
  account?: string;
  /** How long the link works: "1 hour", "1 day", "7 days", "14 days" or "30 days". Leave it out for the account's default. */
  expiry?: string;
  /** Email addresses or domains (example.com) of the only people who may open it. Leave it out for anyone with the link. */
  recipients?: string[];
  /** true: each person may view the item only once. */
  oneTimeOnly?: boolean;
};

function describe(target: ShareTarget) {
  return safeNames({
    item: target.item.title,
    vault: target.item.vaultTitle,
    account: target.item.account,
    expires: `after ${DURATION_WORDS[target.expiry]}`,
    recipients: target.recipients.length > 0 ? target.recipients.join(", ") : "anyone with the link",
    views: target.oneTimeOnly ? "one view per person" : "unlimited views",
  });
}

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  const preferences = await answering(async () => toolPreferences());
  const target = await answering(() => shareTargetOf(preferences, input));
  confirmedShare.remember(input, target);
  const shown = describe(target);
  return {
    message: `Create a share link for “${shown.item}” and copy it to the clipboard? Whoever has the link can open the item.`,
    info: [
      { name: "Item", value: shown.item },
      { name: "Vault", value: shown.vault },
      { name: "Account", value: shown.account },
      { name: "Expires", value: shown.expires },
      { name: "Recipients", value: shown.recipients },
      { name: "Views", value: shown.views },
      { name: "Clipboard Clears", value: clearsIn(preferences) },
    ],
  };
};

/**
 * Creates a 1Password share link for an item, within the account's sharing policy, after the person confirms, and
 * copies it for them: concealed and cleared automatically, because whoever has the link can open the item. Answers
 * what was shared, for how long and with whom, never the link.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const target = await shareTargetOf(preferences, input);
    // The link opens the item: it is made only as the person saw it in the confirmation.
    confirmedShare.check(input, target);
    const { item, policy } = target;
    const recipients =
      target.recipients.length > 0 ? await validateShareRecipients(item.account, policy, target.recipients) : [];
    const ref = { account: item.account, vaultId: item.vaultId, itemId: item.id };
    const link = await createShareLink(ref, item.vaultTitle, policy, {
      expireAfter: target.expiry,
      recipients,
      oneTimeOnly: target.oneTimeOnly,
    });
    const delivery = await copySecret(link, "share link", toolClipboardOptions(preferences));
    return {
      ...describe(target),
      link: "copied to the clipboard",
      concealed: true,
      clears: clearsIn(preferences, delivery),
    };
  });
}
