import { z } from "zod";
import { secretlint, token, type TokenShape } from "./token-shape";

/**
 * Private keys and JSON keys: several lines (or one long JSON line), judged on their base64 rather than their
 * headers. A key 1Password's SSH Key item can hold (OpenSSH, RSA, EC, PKCS#8, unencrypted) is offered as an SSH Key;
 * an encrypted key, a DSA, PGP or PuTTY key is kept whole in a Secure Note, since an SSH Key item cannot take it as is.
 */

const OPENSSH_FORMAT = "https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key";
const PEM_KEYS = secretlint("privatekey");
/** "openssh-key-v1\0" then the cipher "none": the key inside is not encrypted. */
const OPENSSH_UNENCRYPTED = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU";

const pem = (label: string) =>
  new RegExp(`^-----BEGIN ${label}-----\\s+([A-Za-z0-9+/=:,\\-\\s]+?)\\s*-----END ${label}-----$`);
/** The base64 of a PEM block, without its headers ("Proc-Type: …") and line breaks. */
function pemBody(value: string): string {
  const inner = /-----\s+([\s\S]*?)\s*-----END/.exec(value)?.[1] ?? "";
  return inner
    .split("\n")
    .filter((line) => !line.includes(":"))
    .join("")
    .replace(/\s/g, "");
}
const isEncryptedPem = (value: string) => /Proc-Type:\s*4,ENCRYPTED/.test(value);

/** Built on first use: only a pasted JSON key needs it, and building it is not free. */
let serviceAccountSchema: z.ZodType<{ private_key: string }> | undefined;
const ServiceAccountSchema = () =>
  (serviceAccountSchema ??= z.object({
    type: z.literal("service_account"),
    private_key: z.string().includes("PRIVATE KEY"),
    client_email: z.string(),
  }));
function serviceAccountKey(value: string): string | undefined {
  try {
    const parsed = ServiceAccountSchema().safeParse(JSON.parse(value));
    return parsed.success ? parsed.data.private_key : undefined;
  } catch {
    return undefined;
  }
}

const structured = { structured: true, body: pemBody } as const;
const sshKey = { ...structured, tag: "ssh", category: "SshKey" } as const;
const keptInNote = { ...structured, tag: "ssh", category: "SecureNote" } as const;

export const KEY_SHAPES: readonly TokenShape[] = [
  token("SSH", "SSH Key", "OpenSSH private key", pem("OPENSSH PRIVATE KEY"), OPENSSH_FORMAT, {
    ...sshKey,
    accepts: (value) => pemBody(value).startsWith(OPENSSH_UNENCRYPTED),
  }),
  token("SSH", "SSH Key (Encrypted)", "Encrypted OpenSSH private key", pem("OPENSSH PRIVATE KEY"), OPENSSH_FORMAT, {
    ...keptInNote,
  }),
  token("SSH", "SSH Key", "RSA private key", pem("RSA PRIVATE KEY"), PEM_KEYS, {
    ...sshKey,
    accepts: (value) => !isEncryptedPem(value),
  }),
  token("SSH", "SSH Key", "EC private key", pem("EC PRIVATE KEY"), PEM_KEYS, {
    ...sshKey,
    accepts: (value) => !isEncryptedPem(value),
  }),
  token("SSH", "SSH Key", "Private key (PKCS#8)", pem("PRIVATE KEY"), PEM_KEYS, sshKey),
  token(
    "SSH",
    "Private Key (Encrypted)",
    "Encrypted private key",
    /^-----BEGIN (?:ENCRYPTED|RSA|EC) PRIVATE KEY-----[\s\S]+-----END (?:ENCRYPTED|RSA|EC) PRIVATE KEY-----$/,
    PEM_KEYS,
    keptInNote,
  ),
  token("SSH", "DSA Private Key", "DSA private key", pem("DSA PRIVATE KEY"), PEM_KEYS, keptInNote),
  token(
    "PGP",
    "PGP Private Key",
    "PGP private key",
    pem("PGP PRIVATE KEY BLOCK"),
    "https://www.rfc-editor.org/rfc/rfc9580",
    {
      ...keptInNote,
      tag: "pgp",
    },
  ),
  token(
    "PuTTY",
    "PuTTY Private Key",
    "PuTTY private key",
    /^PuTTY-User-Key-File-[23]: [a-z0-9-]+\r?\n[\s\S]*\nPrivate-MAC: [a-f0-9]{40,64}$/,
    "https://the.earth.li/~sgtatham/putty/latest/htmldoc/AppendixC.html",
    {
      ...keptInNote,
      accepts: (value) => value.includes("\nPrivate-Lines: "),
      body: (value) =>
        /Private-Lines: \d+\s+([A-Za-z0-9+/=\s]+?)\s*Private-MAC/.exec(value)?.[1]?.replace(/\s/g, "") ?? "",
    },
  ),
  token(
    "Google",
    "Google Cloud Service Account Key",
    "Service account key",
    /^\{[\s\S]*"type"\s*:\s*"service_account"[\s\S]*\}$/,
    "https://cloud.google.com/iam/docs/keys-create-delete",
    {
      structured: true,
      accepts: (value) => serviceAccountKey(value) !== undefined,
      body: (value) => pemBody(serviceAccountKey(value)?.replace(/\\n/g, "\n") ?? ""),
    },
  ),
];
