import { fail, SimError } from "./errors";
import type { Handler, HandlerContext, Params } from "./handler-context";
import { accessibleVault, arr, itemOf, obj, str } from "./handler-context";
import type { SimRecipient, SimShareDuration, SimSharePolicy } from "./model";

/**
 * `client.items.shares` (items_shares.d.ts of @1password/sdk 0.5.0): the account's sharing policy, recipient
 * validation and link creation. The policy is enforced again when the link is created, as 1Password enforces it on
 * its server; sharing needs the vault's SEND_ITEMS permission (checked when the policy is read and when the link is
 * made).
 */

export const DURATIONS: readonly SimShareDuration[] = ["OneHour", "OneDay", "SevenDays", "FourteenDays", "ThirtyDays"];

/** What an account allows when a test sets nothing: a Business account's defaults. */
export const DEFAULT_SHARE_POLICY: SimSharePolicy = {
  maxExpiry: "ThirtyDays",
  defaultExpiry: "SevenDays",
  allowedTypes: ["Authenticated", "Public"],
  allowedRecipientTypes: ["Email", "Domain"],
  files: { allowed: true, maxSize: 5_000_000 },
};

export const SHARE_MESSAGES = {
  disabled: "error getting item sharing policy: item sharing is turned off by your account's policy",
  invalidRecipient: (recipient: string) =>
    `error validating recipients: "${recipient}" is not a valid email address or domain`,
  recipientType: (type: string) => `error validating recipients: recipients of type ${type} are not allowed by policy`,
  expiry: (max: string) =>
    `error creating item share: the expiry exceeds the maximum your account's policy allows (${max})`,
  publicLinks: "error creating item share: links for anyone are not allowed by your account's policy",
  specificRecipients: "error creating item share: links for specific people are not allowed by your account's policy",
  oneTime: "error creating item share: your account's policy allows only one view per recipient",
  sharePermission: (vaultId: string) => `permission denied: you cannot share items from vault ${vaultId}`,
} as const;

const EMAIL = /^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

function policyOf(ctx: HandlerContext): SimSharePolicy {
  const policy = ctx.world.sharePolicies.get(ctx.account.uuid) ?? DEFAULT_SHARE_POLICY;
  if (policy === "disabled") throw fail(SHARE_MESSAGES.disabled);
  return policy;
}

function shareableVault(ctx: HandlerContext, vaultId: string) {
  try {
    return accessibleVault(ctx, vaultId, "share");
  } catch (error) {
    // Readable but not shareable: say so, as the app does.
    accessibleVault(ctx, vaultId, "read");
    throw error instanceof SimError ? fail(SHARE_MESSAGES.sharePermission(vaultId)) : error;
  }
}

function recipientsOf(policy: SimSharePolicy, list: unknown[]): SimRecipient[] {
  return list.map((entry) => {
    const text = typeof entry === "string" ? entry.trim() : "";
    const type = EMAIL.test(text) ? "Email" : DOMAIN.test(text) ? "Domain" : undefined;
    if (!type) throw fail(SHARE_MESSAGES.invalidRecipient(String(entry)));
    if (!policy.allowedRecipientTypes.includes(type)) throw fail(SHARE_MESSAGES.recipientType(type));
    return type === "Email"
      ? { type, parameters: { email: text.toLowerCase() } }
      : { type, parameters: { domain: text.toLowerCase() } };
  });
}

function checkRecipient(policy: SimSharePolicy, raw: unknown, name: string): SimRecipient {
  const recipient = obj(raw, "recipient", name);
  const parameters = obj(recipient.parameters, "recipient parameters", name);
  const value = recipient.type === "Email" ? parameters.email : parameters.domain;
  if (typeof value !== "string") throw fail(SHARE_MESSAGES.invalidRecipient(String(value)));
  const [checked] = recipientsOf(policy, [value]);
  if (!checked || checked.type !== recipient.type) throw fail(SHARE_MESSAGES.invalidRecipient(value));
  return checked;
}

export const SHARE_HANDLERS: Record<string, Handler> = {
  ItemsSharesGetAccountPolicy: (ctx, p, name) => {
    const vault = shareableVault(ctx, str(p, "vault_id", name));
    itemOf(vault, str(p, "item_id", name));
    return policyOf(ctx);
  },

  ItemsSharesValidateRecipients: (ctx, p, name) => {
    obj(p.policy, "policy", name);
    return recipientsOf(policyOf(ctx), arr(p, "recipients", name));
  },

  ItemsSharesCreate: (ctx, p: Params, name) => {
    const item = obj(p.item, "item", name);
    obj(p.policy, "policy", name);
    const params = obj(p.params, "params", name);
    const vault = shareableVault(ctx, typeof item.vaultId === "string" ? item.vaultId : "");
    const stored = itemOf(vault, typeof item.id === "string" ? item.id : "");
    // The account's policy as the server holds it, whatever policy the caller passed.
    const policy = policyOf(ctx);
    const expireAfter = (params.expireAfter ?? policy.defaultExpiry) as SimShareDuration;
    if (!DURATIONS.includes(expireAfter)) throw fail(`invalid parameters for ${name}: unknown expiry ${expireAfter}`);
    if (DURATIONS.indexOf(expireAfter) > DURATIONS.indexOf(policy.maxExpiry))
      throw fail(SHARE_MESSAGES.expiry(policy.maxExpiry));
    const rawRecipients = Array.isArray(params.recipients) ? params.recipients : undefined;
    const recipients = rawRecipients?.map((raw) => checkRecipient(policy, raw, name));
    if (!recipients?.length && !policy.allowedTypes.includes("Public")) throw fail(SHARE_MESSAGES.publicLinks);
    if (recipients?.length && !policy.allowedTypes.includes("Authenticated"))
      throw fail(SHARE_MESSAGES.specificRecipients);
    const oneTimeOnly = params.oneTimeOnly === true;
    if (policy.maxViews === 1 && !oneTimeOnly) throw fail(SHARE_MESSAGES.oneTime);
    const link = `https://share.1password.com/s#${ctx.world.newId()}${ctx.world.newId()}`;
    ctx.world.shares.push({
      accountUuid: ctx.account.uuid,
      vaultId: vault.id,
      itemId: stored.id,
      expireAfter,
      ...(recipients?.length ? { recipients } : {}),
      oneTimeOnly,
      link,
    });
    return link;
  },
};
