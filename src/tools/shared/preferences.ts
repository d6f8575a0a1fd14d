import { getPreferenceValues } from "@raycast/api";
import type { SecretClipboardOptions, SecretDelivery } from "../../clipboard/secure-clipboard";
import { formatDelay } from "../../clipboard/format-delay";
import type { AccountRef } from "../../lib/model";
import { parsePreferences, type Preferences } from "../../lib/preferences";
import { ToolInputError } from "./errors";
import { quoted } from "./describe";

/** The extension's preferences, read when a tool runs (never at module load), as the commands read them. */
export function toolPreferences(): Preferences {
  const parsed = parsePreferences(getPreferenceValues());
  if (!parsed.ok) throw new ToolInputError(parsed.error);
  return parsed.value;
}

/**
 * A tool copies with the person's clear delay, but never closes the window: the person is reading the AI's answer,
 * so the copy is confirmed by a toast rather than a HUD that hides it.
 */
export function toolClipboardOptions(preferences: Preferences): SecretClipboardOptions {
  return { clearAfterSeconds: preferences.clearAfterSeconds, closeWindowAfterCopy: false };
}

/**
 * "in 90 s", or that it stays: what a tool says about the clear. After a copy, `delivery` says whether the clear is
 * guaranteed; when background clearing has not run yet the model must not promise it, and can tell the person how to
 * turn it on.
 */
export function clearsIn(preferences: Preferences, delivery?: Pick<SecretDelivery, "clearGuaranteed">): string {
  if (preferences.clearAfterSeconds === null) return "never (the Clear Clipboard After preference is Never)";
  const when = `in ${formatDelay(preferences.clearAfterSeconds)}`;
  if (!delivery || delivery.clearGuaranteed) return when;
  return `${when} only while Raycast runs Clear Copied Secret in the background, which is not on yet: the person turns it on by running the Clear Copied Secret command once`;
}

function accountList(preferences: Preferences): string {
  return preferences.accounts.map(quoted).join(", ");
}

/** The configured account the model named (ignoring case), or every configured account when it named none. */
export function accountsFor(preferences: Preferences, account: string | undefined): AccountRef[] {
  if (account === undefined || account.trim() === "") return preferences.accounts;
  const key = account.trim().toLowerCase();
  const found = preferences.accounts.find((candidate) => candidate.toLowerCase() === key);
  if (!found) {
    throw new ToolInputError(`${quoted(account)} is not one of the configured accounts: ${accountList(preferences)}.`);
  }
  return [found];
}

/** Exactly one account: the one named, or the only one configured. */
export function oneAccount(preferences: Preferences, account: string | undefined): AccountRef {
  const accounts = accountsFor(preferences, account);
  if (accounts.length > 1) {
    throw new ToolInputError(`Say which account to use: ${accountList(preferences)}.`);
  }
  return accounts[0] as AccountRef;
}
