import { entropyPerChar, isPlaceholder } from "./token-placeholders";
import type { TokenShape } from "./token-shape";
import { APP_SHAPES } from "./token-table-apps";
import { INFRA_SHAPES } from "./token-table-infra";
import { KEY_SHAPES } from "./token-table-keys";
import { TOOL_SHAPES } from "./token-table-tools";

/**
 * What a string on the clipboard looks like: a credential of a known provider's format (a token, a key file, a JSON
 * key), any other long high-entropy string without spaces, or ordinary text, placeholders included. Save Item takes
 * only the first two as a value, and fills the title, category, a type field and a tag from the provider. Pure: the
 * tables and the rules are tested directly.
 */

export { entropyPerChar } from "./token-placeholders";
export type { SuggestedCategory, TokenShape } from "./token-shape";

/** Most specific first: the first match wins ("sk-ant-" before OpenAI's "sk-"; the JWT, which anyone issues, last). */
export const TOKEN_SHAPES: readonly TokenShape[] = [...INFRA_SHAPES, ...APP_SHAPES, ...TOOL_SHAPES, ...KEY_SHAPES];
const SINGLE_LINE = TOKEN_SHAPES.filter((shape) => !shape.structured);
const STRUCTURED = TOKEN_SHAPES.filter((shape) => shape.structured);

export type ClipboardGuess =
  | { kind: "token"; shape: TokenShape }
  /** A long high-entropy string of no known provider. */
  | { kind: "secret" };

const GENERIC_MIN_LENGTH = 20;
/** The longest token taken (a 1Password service account token is near a kilobyte). */
const MAX_LENGTH = 2048;
/** The longest key file or JSON key taken (an RSA-4096 key file, a PGP key with subkeys). */
const MAX_STRUCTURED_LENGTH = 10_000;
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

function isToken(value: string): boolean {
  return value.length <= MAX_LENGTH && !/\s/.test(value);
}

function fits(shape: TokenShape, value: string): boolean {
  if (!shape.pattern.test(value)) return false;
  if (shape.accepts && !shape.accepts(value)) return false;
  return !isPlaceholder(value, shape.body?.(value));
}

/** The known provider whose credential format this is (placeholders excepted), or undefined. */
export function tokenShapeOf(text: string): TokenShape | undefined {
  const value = text.trim();
  if (value.length > MAX_STRUCTURED_LENGTH) return undefined;
  if (isToken(value)) {
    const shape = SINGLE_LINE.find((candidate) => fits(candidate, value));
    if (shape) return shape;
  }
  return STRUCTURED.find((candidate) => fits(candidate, value));
}

/** Whether the text looks like a secret of its own: long, no spaces, letters and digits, random-looking. */
export function looksLikeSecret(text: string): boolean {
  const value = text.trim();
  if (value.length < GENERIC_MIN_LENGTH || !isToken(value)) return false;
  if (NOT_SECRETS.some((pattern) => pattern.test(value))) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return entropyPerChar(value) >= MIN_ENTROPY && !isPlaceholder(value);
}

/** What Save Item makes of the clipboard's text: a provider's credential, another secret, or nothing. */
export function guessClipboard(text: string | undefined): ClipboardGuess | undefined {
  if (text === undefined) return undefined;
  const shape = tokenShapeOf(text);
  if (shape) return { kind: "token", shape };
  return looksLikeSecret(text) ? { kind: "secret" } : undefined;
}
