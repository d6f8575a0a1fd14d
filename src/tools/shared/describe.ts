import { CATEGORY_LABELS } from "../../lib/category";
import type { ItemCategory } from "../../lib/model";
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
