import type { SimAccount, SimField, SimItem, SimVault } from "./model";
import { opensshForm } from "./ssh";
import { totpCode } from "./totp";

/**
 * `op://vault/item/[section/]field[?attribute=otp]` resolution as the SDK documents it: each part by name or id,
 * case-insensitively; archived items are not candidates; `?attribute=otp` yields the field's current code.
 */

export type ResolveErrorType =
  | "parsing"
  | "vaultNotFound"
  | "tooManyVaults"
  | "itemNotFound"
  | "tooManyItems"
  | "noMatchingSections"
  | "fieldNotFound"
  | "tooManyMatchingFields"
  | "incompatibleTOTPQueryParameterField"
  | "unableToGenerateTotpCode"
  | "incompatibleSshKeyQueryParameterField"
  | "unableToFormatPrivateKeyToOpenSsh";

export type Resolution =
  | { ok: true; secret: string; vault: SimVault; item: SimItem }
  | { ok: false; type: ResolveErrorType; message?: string; vault?: SimVault };

const INVALID_FORMAT = 'secret reference has invalid format - must be "op://<vault>/<item>/[section/]field"';

const TEXT: Record<ResolveErrorType, string> = {
  parsing: INVALID_FORMAT,
  vaultNotFound: "no vault matched the secret reference query",
  tooManyVaults: "more than one vault matched the secret reference query",
  itemNotFound: "no item matched the secret reference query",
  tooManyItems: "more than one item matched the secret reference query",
  noMatchingSections: "no section matched the secret reference query",
  fieldNotFound: "the specified field cannot be found within the item",
  tooManyMatchingFields: "more than one field matched the secret reference query",
  incompatibleTOTPQueryParameterField: "the otp attribute can only be used with a one-time password field",
  unableToGenerateTotpCode: "unable to generate a TOTP code",
  incompatibleSshKeyQueryParameterField:
    "the ssh-format query parameter can only be used with an SSH private key field",
  unableToFormatPrivateKeyToOpenSsh: "unable to format the private key to OpenSSH format",
};

/** The message `secrets.resolve` fails with for an unresolved reference. */
export function resolveErrorMessage(type: ResolveErrorType, message?: string): string {
  return `error resolving secret reference: ${message ?? TEXT[type]}`;
}

const matches = (query: string, id: string, title: string): boolean =>
  id === query || title.toLowerCase() === query.toLowerCase();

export function resolveReference(reference: string, account: SimAccount, now: number): Resolution {
  if (typeof reference !== "string" || !reference.startsWith("op://"))
    return { ok: false, type: "parsing", message: INVALID_FORMAT };
  const [path = "", query] = reference.slice("op://".length).split("?", 2);
  const parts = path.split("/");
  if ((parts.length !== 3 && parts.length !== 4) || parts.some((p) => p === "")) {
    return { ok: false, type: "parsing", message: INVALID_FORMAT };
  }
  let attribute = "value";
  let sshFormat: string | undefined;
  if (query !== undefined) {
    const params = new URLSearchParams(query);
    sshFormat = params.get("ssh-format")?.toLowerCase() ?? undefined;
    if (sshFormat !== undefined && sshFormat !== "openssh") {
      return { ok: false, type: "parsing", message: `unsupported ssh-format "${sshFormat}"` };
    }
    attribute = (params.get("attribute") ?? "value").toLowerCase();
    if (attribute !== "value" && attribute !== "otp" && attribute !== "totp") {
      return { ok: false, type: "parsing", message: `unsupported attribute "${attribute}"` };
    }
  }
  const vaultQuery = parts[0] ?? "";
  const itemQuery = parts[1] ?? "";
  const sectionQuery = parts.length === 4 ? parts[2] : undefined;
  const fieldQuery = parts[parts.length - 1] ?? "";

  const vaults = [...account.vaults.values()].filter((v) => v.permissions !== 0 && matches(vaultQuery, v.id, v.title));
  if (vaults.length === 0) return { ok: false, type: "vaultNotFound" };
  if (vaults.length > 1) return { ok: false, type: "tooManyVaults" };
  const vault = vaults[0] as SimVault;

  const items: SimItem[] = [];
  const byId = vault.items.get(itemQuery);
  if (byId && byId.state === "active") items.push(byId);
  else
    for (const item of vault.items.values())
      if (item.state === "active" && matches(itemQuery, item.id, item.title)) items.push(item);
  if (items.length === 0) return { ok: false, type: "itemNotFound", vault };
  if (items.length > 1) return { ok: false, type: "tooManyItems", vault };
  const item = items[0] as SimItem;

  let candidates: SimField[] = item.fields;
  if (sectionQuery !== undefined) {
    const sections = item.sections.filter((s) => matches(sectionQuery, s.id, s.title));
    if (sections.length === 0) return { ok: false, type: "noMatchingSections", vault };
    const ids = new Set(sections.map((s) => s.id));
    candidates = item.fields.filter((f) => f.sectionId !== undefined && ids.has(f.sectionId));
  }
  const fields = candidates.filter((f) => matches(fieldQuery, f.id, f.title));
  if (fields.length === 0) {
    if (
      sectionQuery === undefined &&
      ["notesplain", "notes"].includes(fieldQuery.toLowerCase()) &&
      attribute === "value"
    ) {
      return { ok: true, secret: item.notes, vault, item };
    }
    return { ok: false, type: "fieldNotFound", vault };
  }
  if (fields.length > 1) return { ok: false, type: "tooManyMatchingFields", vault };
  const field = fields[0] as SimField;
  if (sshFormat !== undefined) {
    if (field.fieldType !== "SshKey") return { ok: false, type: "incompatibleSshKeyQueryParameterField", vault };
    const openssh = opensshForm(field.value);
    if (openssh === undefined) return { ok: false, type: "unableToFormatPrivateKeyToOpenSsh", vault };
    return { ok: true, secret: openssh, vault, item };
  }
  if (attribute === "otp" || attribute === "totp") {
    if (field.fieldType !== "Totp") return { ok: false, type: "incompatibleTOTPQueryParameterField", vault };
    const otp = totpCode(field.value, now);
    if ("errorMessage" in otp) return { ok: false, type: "unableToGenerateTotpCode", message: otp.errorMessage, vault };
    return { ok: true, secret: otp.code, vault, item };
  }
  return { ok: true, secret: field.value, vault, item };
}
