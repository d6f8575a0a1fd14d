/**
 * What a string on the clipboard looks like: a token of a known provider's shape, any other long high-entropy string
 * without spaces, or ordinary text. Save Item takes only the first two as a value, and fills the title, a type field
 * and a tag from the provider. Pure: the table and the entropy rule are tested directly.
 */

export interface TokenShape {
  provider: string;
  /** The new item's title: "GitHub Token". */
  title: string;
  /** The API Credential's type field: "Personal access token". */
  type: string;
  /** A tag for the item: "github". */
  tag: string;
  pattern: RegExp;
}

/** Most specific first: the first match wins ("sk-ant-" before OpenAI's "sk-"). */
export const TOKEN_SHAPES: readonly TokenShape[] = [
  {
    provider: "GitHub",
    title: "GitHub Token",
    type: "Personal access token",
    tag: "github",
    pattern: /^(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})$/,
  },
  {
    provider: "GitLab",
    title: "GitLab Token",
    type: "Personal access token",
    tag: "gitlab",
    pattern: /^glpat-[A-Za-z0-9_-]{20,}$/,
  },
  {
    provider: "Stripe",
    title: "Stripe Secret Key",
    type: "Secret key",
    tag: "stripe",
    pattern: /^sk_(?:live|test)_[A-Za-z0-9]{16,247}$/,
  },
  {
    provider: "Stripe",
    title: "Stripe Restricted Key",
    type: "Restricted key",
    tag: "stripe",
    pattern: /^rk_(?:live|test)_[A-Za-z0-9]{16,247}$/,
  },
  {
    provider: "AWS",
    title: "AWS Access Key",
    type: "Access key ID",
    tag: "aws",
    pattern: /^(?:AKIA|ASIA)[A-Z0-9]{16}$/,
  },
  {
    provider: "Slack",
    title: "Slack Token",
    type: "Bot token",
    tag: "slack",
    pattern: /^xoxb-[0-9]+-[0-9]+-[A-Za-z0-9]{16,}$/,
  },
  {
    provider: "Slack",
    title: "Slack Token",
    type: "User token",
    tag: "slack",
    pattern: /^xoxp-[0-9]+-[0-9]+-[0-9]+-[A-Za-z0-9]{16,}$/,
  },
  {
    provider: "Anthropic",
    title: "Anthropic API Key",
    type: "API key",
    tag: "anthropic",
    pattern: /^sk-ant-[A-Za-z0-9_-]{32,}$/,
  },
  {
    provider: "OpenAI",
    title: "OpenAI API Key",
    type: "API key",
    tag: "openai",
    pattern: /^sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}$/,
  },
  {
    provider: "npm",
    title: "npm Token",
    type: "Access token",
    tag: "npm",
    pattern: /^npm_[A-Za-z0-9]{36}$/,
  },
  {
    provider: "Google",
    title: "Google API Key",
    type: "API key",
    tag: "google",
    pattern: /^AIza[0-9A-Za-z_-]{35}$/,
  },
  {
    provider: "SendGrid",
    title: "SendGrid API Key",
    type: "API key",
    tag: "sendgrid",
    pattern: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  },
];

export type ClipboardGuess =
  | { kind: "token"; shape: TokenShape }
  /** A long high-entropy string of no known provider. */
  | { kind: "secret" };

const GENERIC_MIN_LENGTH = 20;
const MAX_LENGTH = 1024;
/** Bits per character: above what words reach, below what random tokens reach. */
const MIN_ENTROPY = 3.5;

/** Strings a developer copies all day that are long and random-looking but not secrets. */
const NOT_SECRETS: readonly RegExp[] = [
  /:\/\//, // URLs and op:// secret references
  /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i, // email addresses
  /^[~./\\]/, // paths
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^[a-z2-7]{26}$/, // 1Password ids (vaults, items, Environments)
  /^[0-9a-f]{40}$/, // git commit hashes
  /^[0-9]+$/, // numbers
];

/** Shannon entropy of the characters, in bits per character. */
export function entropyPerChar(text: string): number {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** The known provider whose token shape this is, or undefined. */
export function tokenShapeOf(text: string): TokenShape | undefined {
  const value = text.trim();
  return TOKEN_SHAPES.find((shape) => shape.pattern.test(value));
}

/** Whether the text looks like a secret of its own: long, no spaces, letters and digits, random-looking. */
export function looksLikeSecret(text: string): boolean {
  const value = text.trim();
  if (value.length < GENERIC_MIN_LENGTH || value.length > MAX_LENGTH || /\s/.test(value)) return false;
  if (NOT_SECRETS.some((pattern) => pattern.test(value))) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return entropyPerChar(value) >= MIN_ENTROPY;
}

/** What Save Item makes of the clipboard's text: a provider's token, another secret, or nothing (ordinary text). */
export function guessClipboard(text: string | undefined): ClipboardGuess | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (value.length > MAX_LENGTH || /\s/.test(value)) return undefined;
  const shape = tokenShapeOf(value);
  if (shape) return { kind: "token", shape };
  return looksLikeSecret(value) ? { kind: "secret" } : undefined;
}
