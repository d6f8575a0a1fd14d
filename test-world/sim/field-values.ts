import type { SimWebsite } from "./model";
import type { Rng } from "./random";

/** Fresh values for generated fields: usernames, passwords, OTP secrets and URIs, websites. */

export const HEX = "0123456789abcdef";
export const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const FIRST = [
  "alex",
  "sam",
  "dana",
  "jordan",
  "kim",
  "lee",
  "morgan",
  "priya",
  "chen",
  "omar",
  "lucia",
  "noah",
  "ines",
];
const LAST = ["kim", "patel", "garcia", "nguyen", "smith", "mueller", "rossi", "tanaka", "silva", "okafor", "berg"];
const DOMAINS = ["acme.dev", "example.com", "corp.example", "mail.example.org"];
const SYMBOLS = "!@#$%^&*-_=+?";
const PASSWORD_CHARS = `ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789${SYMBOLS}`;

export function username(rng: Rng): string {
  const style = rng.int(0, 2);
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const tail = rng.chars("abcdefghijkmnpqrstuvwxyz23456789", 4);
  if (style === 0) return `${first}.${last}.${tail}@${rng.pick(DOMAINS)}`;
  if (style === 1) return `svc-${first}-${tail}`;
  return `${first}${last.charAt(0)}_${tail}`;
}

export function password(rng: Rng): string {
  return rng.chars(PASSWORD_CHARS, rng.int(20, 32));
}

export function otpSecret(rng: Rng): string {
  return rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32);
}

export function otpUri(issuer: string, account: string, secret: string): string {
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

export function website(host: string): SimWebsite {
  return { url: `https://${host}`, label: "website", autofillBehavior: "AnywhereOnWebsite" };
}
