import { Action, Icon } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { REPLACEABLE_CATEGORIES } from "../../onepassword/replace-secret";
import { replaceSecretFromClipboard } from "../shared/replace-secret-flow";
import { ShareItemForm } from "./ShareItemForm";
import { SHORTCUTS } from "./shortcuts";
import { copySshPrivateKey, copySshPublicPart } from "./ssh-delivery";

/** A token's whole life beside the copy actions: SSH keys as developers use them, rotating a secret, sharing. */

/** SSH Key items: the public key on ↵, then the private key (OpenSSH, concealed) and the fingerprint. */
export function SshKeyActions(props: { item: ItemSummary; preferences: Preferences; onUsed?: () => void }) {
  const { item, preferences, onUsed } = props;
  return (
    <>
      <Action
        title="Copy Public Key"
        icon={Icon.Key}
        onAction={() => void copySshPublicPart(item, "publicKey", onUsed)}
      />
      <Action
        title="Copy Private Key (OpenSSH)"
        icon={Icon.Lock}
        onAction={() => void copySshPrivateKey(item, preferences, onUsed)}
      />
      <Action
        title="Copy Fingerprint"
        icon={Icon.Fingerprint}
        onAction={() => void copySshPublicPart(item, "fingerprint", onUsed)}
      />
    </>
  );
}

/** Replace Secret from Clipboard (API Credential, Password, Login) and Share Item (⇧⌘S). */
export function ItemLifeActions(props: { item: ItemSummary; preferences: Preferences }) {
  const { item, preferences } = props;
  return (
    <>
      {REPLACEABLE_CATEGORIES.includes(item.category) && !item.archived ? (
        <Action
          title="Replace Secret from Clipboard"
          icon={Icon.ArrowClockwise}
          onAction={() => void replaceSecretFromClipboard(item)}
        />
      ) : null}
      <Action.Push
        title="Share Item"
        icon={Icon.Link}
        shortcut={SHORTCUTS.shareItem}
        target={<ShareItemForm item={item} preferences={preferences} />}
      />
    </>
  );
}
