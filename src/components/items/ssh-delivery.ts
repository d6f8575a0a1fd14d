import { showToast, Toast } from "@raycast/api";
import { copySecret, copyText } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { getItem, type ItemDetails, type ItemField } from "../../onepassword/items";
import { resolveSecretReference } from "../../onepassword/secrets";
import { showFailure } from "../shared/failure-toast";

/**
 * SSH keys as developers use them: the public key and the fingerprint go on the clipboard as plain text (they are
 * meant to be handed out), the private key only concealed and cleared, in the OpenSSH format `ssh` and `ssh-add` read
 * (1Password converts it: `?ssh-format=openssh`).
 */

export type SshPart = "publicKey" | "fingerprint";

const PART_WORDS: Record<SshPart, string> = { publicKey: "public key", fingerprint: "fingerprint" };

function sshField(details: ItemDetails): ItemField | undefined {
  return details.fields.find((field) => field.sshKey) ?? details.fields.find((field) => field.type === "SshKey");
}

async function load(item: ItemSummary, retry: () => void): Promise<ItemDetails | undefined> {
  try {
    return await getItem({ account: item.account, vaultId: item.vaultId, itemId: item.id });
  } catch (error) {
    await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, retry);
    return undefined;
  }
}

async function noKey(item: ItemSummary, what: string): Promise<false> {
  await showToast({
    style: Toast.Style.Failure,
    title: `No ${what} to Copy`,
    message: `“${item.title}” holds no SSH key.`,
  });
  return false;
}

export async function copySshPublicPart(item: ItemSummary, part: SshPart, onDone?: () => void): Promise<boolean> {
  const details = await load(item, () => void copySshPublicPart(item, part, onDone));
  if (!details) return false;
  const value = sshField(details)?.sshKey?.[part];
  if (!value) return noKey(item, PART_WORDS[part] === "public key" ? "Public Key" : "Fingerprint");
  await copyText(value, PART_WORDS[part]);
  onDone?.();
  return true;
}

/** The reference of the key in OpenSSH format, by ids: it names that one field whatever the titles are. */
export function opensshReference(details: Pick<ItemDetails, "vaultId" | "id">, field: Pick<ItemField, "id">): string {
  return `op://${details.vaultId}/${details.id}/${field.id}?ssh-format=openssh`;
}

export async function copySshPrivateKey(item: ItemSummary, preferences: Preferences, onDone?: () => void) {
  const retry = () => void copySshPrivateKey(item, preferences, onDone);
  const details = await load(item, retry);
  if (!details) return false;
  const field = sshField(details);
  if (!field) return noKey(item, "Private Key");
  let value: string;
  try {
    value = await resolveSecretReference(item.account, opensshReference(details, field));
  } catch (error) {
    await showFailure(error, { operation: `Converting the key of "${item.title}"`, account: item.account }, retry);
    return false;
  }
  await copySecret(value, "private key", {
    clearAfterSeconds: preferences.clearAfterSeconds,
    closeWindowAfterCopy: preferences.closeWindowAfterCopy,
    kind: "a private key",
  });
  onDone?.();
  return true;
}
