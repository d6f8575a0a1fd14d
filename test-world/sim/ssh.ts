import { createHash } from "node:crypto";

/**
 * SSH keys as 1Password keeps them: the private key stored in PKCS#8 PEM (what the field's value holds), with the
 * public key, fingerprint and key type computed into the field's details, and the OpenSSH form produced on request
 * (`?ssh-format=openssh`). The simulator's OpenSSH form is a deterministic stand-in derived from the stored key: it
 * differs from the stored text, so a test can tell which one reached the clipboard.
 */

const PKCS8 = /^-----BEGIN PRIVATE KEY-----\n([\s\S]+?)\n-----END PRIVATE KEY-----\n?$/;

export function pkcs8PrivateKey(body: string): string {
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

/** The key in OpenSSH format, or undefined when the value is no private key this simulator can convert. */
export function opensshForm(value: string): string | undefined {
  const body = PKCS8.exec(value)?.[1];
  if (body === undefined) {
    return value.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----") ? value : undefined;
  }
  const converted = Buffer.from(`openssh-key-v1\u0000${createHash("sha256").update(body).digest("hex")}${body}`)
    .toString("base64")
    .replace(/(.{70})/g, "$1\n")
    .replace(/\n$/, "");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${converted}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
