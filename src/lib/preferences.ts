import { z } from "zod";
import { fail, ok, type Result } from "./result";

/** Preferences as the extension uses them, parsed from Raycast's raw values (see package.json). */
export interface Preferences {
  /** Account names or UUIDs, as typed, each once, at least one. */
  accounts: string[];
  /** Seconds until a copied secret is cleared; null for "never". */
  clearAfterSeconds: number | null;
  primaryAction: "copy" | "paste" | "type";
  closeWindowAfterCopy: boolean;
  /** How Fill Login enters the username and password. */
  fillBy: "typing" | "pasting";
  /** Whether Fill Login presses Return after the password. */
  pressReturnAfterFill: boolean;
}

export const CLEAR_DELAYS = ["15", "30", "45", "90", "120", "300", "600", "never"] as const;

const AccountsSchema = z
  .string()
  .transform((text) => {
    const seen = new Set<string>();
    const accounts: string[] = [];
    for (const part of text.split(/[,\n\r]/)) {
      const account = part.trim();
      // Account names are case-insensitive in the app; "Personal" twice is one account.
      const key = account.toLowerCase();
      if (account === "" || seen.has(key)) continue;
      seen.add(key);
      accounts.push(account);
    }
    return accounts;
  })
  .refine((accounts) => accounts.length > 0, {
    message: "Add at least one 1Password account (its name as shown in the app, or its UUID) in the preferences.",
  });

export const PreferencesSchema = z
  .object({
    accounts: z.string().optional().default("").pipe(AccountsSchema),
    // Raycast leaves a dropdown's value unset until someone changes it; package.json's defaults apply then.
    clipboardClearDelay: z.enum(CLEAR_DELAYS).optional().default("90"),
    primaryAction: z.enum(["copy", "paste", "type"]).optional().default("copy"),
    closeWindowAfterCopy: z.boolean().optional().default(true),
    fillBy: z.enum(["typing", "pasting"]).optional().default("typing"),
    afterFill: z.enum(["return", "nothing"]).optional().default("nothing"),
  })
  .transform((raw): Preferences => ({
    accounts: raw.accounts,
    clearAfterSeconds: raw.clipboardClearDelay === "never" ? null : Number(raw.clipboardClearDelay),
    primaryAction: raw.primaryAction,
    closeWindowAfterCopy: raw.closeWindowAfterCopy,
    fillBy: raw.fillBy,
    pressReturnAfterFill: raw.afterFill === "return",
  }));

/** The parsed preferences, or the first problem in words fit for an error screen. */
export function parsePreferences(raw: unknown): Result<Preferences> {
  const result = PreferencesSchema.safeParse(raw);
  if (result.success) return ok(result.data);
  const issue = result.error.issues[0];
  if (!issue) return fail("The extension's preferences could not be read.");
  const field = issue.path.join(".");
  return fail(
    field === "accounts" || issue.code === "custom" ? issue.message : `Preference "${field}": ${issue.message}`,
  );
}
