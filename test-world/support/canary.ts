import { host } from "../host";
import type { DesktopApp } from "../sim";
import { opensshForm } from "../sim/ssh";

/**
 * The canary check: no secret value reaches anything Raycast shows or stores besides the rows and views meant to show
 * it. Values are searched as themselves and JSON-escaped (a value with a quote or a line break is stored escaped).
 */

/** Every text Raycast shows or stores besides the rows and the detail, as one string. */
export function everythingRecorded(): string {
  return JSON.stringify({
    toasts: host.toasts,
    huds: host.huds,
    alerts: host.alerts,
    logs: host.logs,
    localStorage: host.localStorage,
    cache: host.cache,
    storedValues: Object.fromEntries(host.internal.storedValues),
    drafts: host.drafts,
    commandMetadata: host.commandMetadata,
    errors: host.errors.map((entry) => `${entry.source}: ${String(entry.error)}`),
    launches: host.launches,
    opened: host.opened,
    toolRuns: host.toolRuns,
  });
}

const escaped = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * Each value that appears in the text, as itself, JSON-escaped, or escaped twice (a JSON text stored as a string, like
 * a LocalStorage record, is escaped again when the recorded text is built).
 */
export function leaksIn(text: string, values: readonly string[]): string[] {
  return values.filter(
    (value) => text.includes(value) || text.includes(escaped(value)) || text.includes(escaped(escaped(value))),
  );
}

/** A one-time code is 6 digits: it would match any 6 digits by accident, so text searches leave it out. */
const isOneTimeCode = (value: string) => /^\d{6}$/.test(value);

/** The values to search recorded text for: the test's own and every secret of the app, but one-time codes. */
export function secretValues(app: DesktopApp | undefined, extra: readonly string[] = []): string[] {
  const all = [...extra, ...(app?.allSecretValues() ?? [])];
  return [...new Set(all)].filter((value) => value !== "" && !isOneTimeCode(value));
}

/**
 * None of these values is in any toast, HUD, alert, log, LocalStorage, Cache, stored form value, command subtitle,
 * caught error, launch context, opened URL or AI tool call (its confirmation, result and error).
 */
export function expectNoneRecorded(values: readonly string[]): void {
  expect(leaksIn(everythingRecorded(), values)).toEqual([]);
}

/**
 * No secret of the simulated app, and none of `extra` (the values the test handled), was recorded anywhere (see
 * expectNoneRecorded). Values the test names must hold one long enough not to match by accident, or the check
 * would prove nothing about them.
 */
export function expectNoSecretLeak(app: DesktopApp | undefined, extra: readonly string[] = []): void {
  if (extra.length > 0) expect(extra.filter((value) => value.length >= 8).length).toBeGreaterThan(0);
  expectNoneRecorded(secretValues(app, extra));
}

/** Values worth searching screens for: long enough not to match by accident (OTP codes are 6 digits). */
export function canaryValues(app: DesktopApp, extra: readonly string[] = []): string[] {
  return [...new Set([...extra, ...app.allSecretValues()])].filter((value) => value.length >= 8);
}

/**
 * Values that must only ever reach the clipboard concealed: every field value of every item (a Text field can hold
 * recovery codes, a URL a token; usernames too), an SSH key's OpenSSH form, current one-time codes, every Environment
 * value and every share link. An SSH key's public key and fingerprint (its field's details) are not secrets: they are
 * meant to be handed out, so they are copied as plain text and are not on this list, nor in allSecretValues.
 */
export function mustConceal(app: DesktopApp, extra: readonly string[] = []): string[] {
  const out = new Set(extra);
  for (const share of app.shares) out.add(share.link);
  for (const account of app.world.accounts) {
    for (const vault of account.vaults.values())
      for (const item of vault.items.values())
        for (const field of item.fields) {
          if (field.value) out.add(field.value);
          const openssh = field.fieldType === "SshKey" ? opensshForm(field.value) : undefined;
          if (openssh) out.add(openssh);
        }
    for (const environment of account.environments.values())
      for (const variable of environment.variables) if (variable.value) out.add(variable.value);
  }
  const otpCodes = app.allSecretValues().filter(isOneTimeCode);
  return [...out].filter((value) => value.length >= 8).concat(otpCodes);
}

/**
 * Clipboard writes by the extension (a copy, or a paste: Raycast records a paste like a plain copy) that held one of
 * the values without being concealed.
 */
export function plainSecretCopies(values: readonly string[]): string[] {
  return host.clipboardHistory
    .filter((write) => write.via !== "user" && !write.concealed)
    .flatMap((write) =>
      // Short values (one-time codes) count only as the whole text, so digits in an id do not match by accident.
      values.filter((value) => (value.length >= 8 ? write.text.includes(value) : write.text === value)),
    );
}

/** After secret work: nothing recorded a value, every copy of a secret was concealed, and nothing crashed. */
export function expectNoLeakOrCrash(app: DesktopApp, extra: readonly string[] = []): void {
  expectNoSecretLeak(app, extra);
  expect(plainSecretCopies(mustConceal(app, extra))).toEqual([]);
  expect(host.errors).toEqual([]);
}

/** A unique value a test can look for everywhere. */
export function canary(label: string): string {
  return `canary-${label}-${Math.random().toString(36).slice(2, 10)}`;
}
