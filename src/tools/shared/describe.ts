import { CATEGORY_LABELS } from "../../lib/category";
import type { ItemCategory } from "../../lib/model";
import { safeName } from "../../lib/one-line-text";
import { ToolInputError } from "./errors";

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A category as a model may write it: "API Credential", "api credentials", "ApiCredentials", "ssh key". */
export function parseCategory(text: string): ItemCategory {
  const wanted = compact(text).replace(/s$/, "");
  for (const [category, label] of Object.entries(CATEGORY_LABELS) as [ItemCategory, string][]) {
    if (compact(category).replace(/s$/, "") === wanted || compact(label).replace(/s$/, "") === wanted) return category;
  }
  const labels = Object.values(CATEGORY_LABELS).join(", ");
  throw new ToolInputError(`“${text.trim()}” is not a 1Password category. Categories: ${labels}.`);
}

/** A whole number within bounds, or the default; a model's 0 or 500 is brought within them. */
export function clampCount(value: number | undefined, bounds: { min: number; max: number; default: number }): number {
  if (value === undefined || !Number.isFinite(value)) return bounds.default;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

/** A name in a tool's words: quoted, made safe to show (safeName). */
export const quoted = (name: string) => `“${safeName(name)}”`;

/**
 * Every name in a tool's answer or confirmation made safe to show (safeName), through objects and arrays, at the one
 * place each tool assembles what it shows. An `op://` reference (a `reference` key) stays exact: it is used, not read,
 * and it already names anything unsafe by ID.
 */
export function safeNames<T>(value: T): T {
  return namesIn(value) as T;
}

/** An SSH public key (an RSA one runs to hundreds of characters) is shown whole, on one line, nothing hidden. */
const PUBLIC_KEY_MAX_LENGTH = 4_000;

function namesIn(value: unknown): unknown {
  if (typeof value === "string") return safeName(value);
  if (Array.isArray(value)) return value.map(namesIn);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === "reference") return [key, inner];
      if (key === "publicKey" && typeof inner === "string") return [key, safeName(inner, PUBLIC_KEY_MAX_LENGTH)];
      return [key, namesIn(inner)];
    }),
  );
}

/**
 * Whether a name the model gave names `actual`: as written, or as the tools showed it (safeName), ignoring case and
 * edge spaces. So a vault whose title was shown without its hidden characters can be named back.
 */
export function namesMatch(actual: string, given: string): boolean {
  const wanted = given.trim().toLowerCase();
  return actual.trim().toLowerCase() === wanted || safeName(actual).toLowerCase() === wanted;
}
