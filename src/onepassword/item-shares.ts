import type { ItemShareAccountPolicy, ItemShareParams } from "@1password/sdk";
import { z } from "zod";
import type { AccountRef } from "../lib/model";
import { READ_ONLY, callDesktop } from "./clients";
import { errorOf, isOnePasswordError, toOnePasswordError, type OnePasswordError } from "./errors";
import type { ItemRef } from "./items";
import { parseResult } from "./parse";

/**
 * Item share links through `client.items.shares`: the account's policy, recipient validation and the link itself.
 * The link opens the item for whoever holds it: callers treat it as a secret (concealed copy, never shown).
 */

export const SHARE_DURATIONS = ["OneHour", "OneDay", "SevenDays", "FourteenDays", "ThirtyDays"] as const;
export type ShareDuration = (typeof SHARE_DURATIONS)[number];

const duration = z.enum(SHARE_DURATIONS);
const policySchema = z.object({
  maxExpiry: duration,
  defaultExpiry: duration,
  maxViews: z.number().int().positive().nullish(),
  allowedTypes: z.array(z.string()).default([]),
  allowedRecipientTypes: z.array(z.string()).default([]),
});

export interface SharePolicy {
  maxExpiry: ShareDuration;
  defaultExpiry: ShareDuration;
  /** 1: every link may be viewed once per person. */
  maxViews?: number;
  /** Links anyone with the link can open. */
  allowsPublic: boolean;
  /** Links only named people (emails) or anyone of a domain can open. */
  allowsSpecific: boolean;
  allowsEmail: boolean;
  allowsDomain: boolean;
  /** Opaque outside this folder: the policy as 1Password sent it, passed back when validating and creating. */
  readonly sdkPolicy: unknown;
}

export type ShareRecipient = { type: "Email"; email: string } | { type: "Domain"; domain: string };

export interface ShareRequest {
  expireAfter: ShareDuration;
  /** None: anyone with the link. */
  recipients: ShareRecipient[];
  oneTimeOnly: boolean;
}

/** The durations a person may choose under the policy, shortest first. */
export function allowedDurations(policy: Pick<SharePolicy, "maxExpiry">): ShareDuration[] {
  return SHARE_DURATIONS.slice(0, SHARE_DURATIONS.indexOf(policy.maxExpiry) + 1);
}

/** Refusals by the account's policy or the vault's permissions, in words; anything else as it is. */
function shareFailure(error: unknown, operation: string, account: AccountRef, vaultTitle: string): OnePasswordError {
  const mapped = isOnePasswordError(error) ? error : toOnePasswordError(error, { operation, account });
  const cause = mapped.causeMessage ?? "";
  const base = { context: mapped.context, causeMessage: mapped.causeMessage };
  if (/turned off|disabled/i.test(cause) && /shar/i.test(cause))
    return errorOf("permission-denied", {
      ...base,
      title: "Sharing Is Turned Off",
      hint: "Your account's policy does not allow sharing items. Ask your 1Password administrator to allow it.",
    });
  if (/policy/i.test(cause))
    return errorOf("invalid-input", {
      ...base,
      title: "Not Allowed by Your Account's Policy",
      hint: "Your account's sharing policy does not allow this link. Choose what the form offers, or ask your 1Password administrator.",
    });
  if (mapped.kind === "permission-denied")
    return errorOf("permission-denied", {
      ...base,
      title: "Cannot Share from This Vault",
      hint: `Your access to “${vaultTitle}” does not include sharing items. Ask a vault manager for the Share Items permission.`,
    });
  return mapped;
}

export async function getSharePolicy(ref: ItemRef, vaultTitle: string): Promise<SharePolicy> {
  const operation = "Reading the sharing policy";
  try {
    const result = await callDesktop(
      ref.account,
      operation,
      (client) => client.items.shares.getAccountPolicy(ref.vaultId, ref.itemId),
      READ_ONLY,
    );
    const parsed = parseResult(policySchema, result, { operation, account: ref.account });
    return {
      maxExpiry: parsed.maxExpiry,
      defaultExpiry: parsed.defaultExpiry,
      ...(parsed.maxViews ? { maxViews: parsed.maxViews } : {}),
      allowsPublic: parsed.allowedTypes.includes("Public"),
      allowsSpecific: parsed.allowedTypes.includes("Authenticated"),
      allowsEmail: parsed.allowedRecipientTypes.includes("Email"),
      allowsDomain: parsed.allowedRecipientTypes.includes("Domain"),
      sdkPolicy: result,
    };
  } catch (error) {
    throw shareFailure(error, operation, ref.account, vaultTitle);
  }
}

const recipientSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Email"), parameters: z.object({ email: z.string() }) }),
  z.object({ type: z.literal("Domain"), parameters: z.object({ domain: z.string() }) }),
]);

/** 1Password's reading of the recipients; fails (in words) when it accepts one of them not. */
export async function validateShareRecipients(
  account: AccountRef,
  policy: SharePolicy,
  recipients: readonly string[],
): Promise<ShareRecipient[]> {
  const operation = "Checking the recipients";
  const result = await callDesktop(
    account,
    operation,
    (client) => client.items.shares.validateRecipients(policy.sdkPolicy as ItemShareAccountPolicy, [...recipients]),
    READ_ONLY,
  );
  return parseResult(z.array(recipientSchema), result, { operation, account }).map((recipient) =>
    recipient.type === "Email"
      ? { type: "Email", email: recipient.parameters.email }
      : { type: "Domain", domain: recipient.parameters.domain },
  );
}

/** Creates the link for the item as it is now. The link is a secret: the caller copies it concealed. */
export async function createShareLink(
  ref: ItemRef,
  vaultTitle: string,
  policy: SharePolicy,
  request: ShareRequest,
): Promise<string> {
  const operation = "Creating the share link";
  try {
    const item = await callDesktop(
      ref.account,
      operation,
      (client) => client.items.get(ref.vaultId, ref.itemId),
      READ_ONLY,
    );
    const params: ItemShareParams = {
      expireAfter: request.expireAfter as ItemShareParams["expireAfter"],
      oneTimeOnly: request.oneTimeOnly,
    };
    if (request.recipients.length > 0) {
      params.recipients = request.recipients.map((recipient) =>
        recipient.type === "Email"
          ? { type: "Email", parameters: { email: recipient.email } }
          : { type: "Domain", parameters: { domain: recipient.domain } },
      );
    }
    const link = await callDesktop(ref.account, operation, (client) =>
      client.items.shares.create(item, policy.sdkPolicy as ItemShareAccountPolicy, params),
    );
    return parseResult(z.string().min(1), link, { operation, account: ref.account });
  } catch (error) {
    throw shareFailure(error, operation, ref.account, vaultTitle);
  }
}
