import { createHmac } from "node:crypto";

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s), computed from the simulator's clock so codes are deterministic and change
 * exactly at window boundaries like the real app's.
 */

const PERIOD_MS = 30_000;
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(input: string): Buffer | undefined {
  const clean = input.replace(/[\s=-]/g, "").toUpperCase();
  if (clean.length === 0) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = B32.indexOf(ch);
    if (index < 0) return undefined;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The base32 secret of a TOTP field value: an `otpauth://` URI or a bare secret. */
export function totpSecretOf(fieldValue: string): string {
  if (fieldValue.startsWith("otpauth://")) {
    const query = fieldValue.split("?")[1] ?? "";
    return new URLSearchParams(query).get("secret") ?? "";
  }
  return fieldValue;
}

export type TotpResult = { code: string } | { errorMessage: string };

export function totpCode(fieldValue: string, nowMs: number): TotpResult {
  const key = base32Decode(totpSecretOf(fieldValue));
  if (!key) return { errorMessage: "invalid TOTP secret" };
  const counter = Math.floor(nowMs / PERIOD_MS);
  const message = Buffer.alloc(8);
  message.writeUInt32BE(Math.floor(counter / 2 ** 32), 0);
  message.writeUInt32BE(counter >>> 0, 4);
  const hmac = createHmac("sha1", key).update(message).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return { code: String(binary % 1_000_000).padStart(6, "0") };
}

export function totpWindowStart(nowMs: number): number {
  return Math.floor(nowMs / PERIOD_MS) * PERIOD_MS;
}
