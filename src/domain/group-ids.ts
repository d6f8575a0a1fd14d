import { z } from "zod";

/** 1Password ids (groups, vaults, items) are 26 lowercase letters and digits. */
const GROUP_ID = /^[a-z0-9]{26}$/;

export const GroupIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(GROUP_ID, "A group ID is 26 letters and digits, as shown in 1Password's group settings.");

export interface ParsedGroupIds {
  /** Valid ids, lowercased, each once, in input order. */
  ids: string[];
  /** What was typed that is not a group id, as typed. */
  invalid: string[];
}

/** Group ids as a person types them into one field: separated by commas, spaces or new lines. */
export function parseGroupIds(text: string): ParsedGroupIds {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === "") continue;
    const result = GroupIdSchema.safeParse(part);
    if (!result.success) invalid.push(part);
    else if (!ids.includes(result.data)) ids.push(result.data);
  }
  return { ids, invalid };
}

/** How much of a wrong entry an error quotes: enough to find it, never a whole paste. */
const QUOTE_LENGTH = 24;

/**
 * An entry as an error quotes it: at most QUOTE_LENGTH characters (whole code points, never half an emoji), then "…";
 * control characters, invisible in a form, show as "�".
 */
export function quoteEntry(entry: string): string {
  const characters = [...entry.replace(/\p{Cc}/gu, "\uFFFD")];
  const shown =
    characters.length > QUOTE_LENGTH ? `${characters.slice(0, QUOTE_LENGTH).join("")}…` : characters.join("");
  return `“${shown}”`;
}

/** The inline error for a group-ids field, or undefined when every entry looks like an id. */
export function groupIdsError(text: string, options: { required: boolean }): string | undefined {
  const { ids, invalid } = parseGroupIds(text);
  if (invalid.length > 0) {
    const shown = invalid.slice(0, 2).map(quoteEntry).join(", ");
    return `${shown}${invalid.length > 2 ? " and others" : ""} ${invalid.length === 1 ? "is not a group ID" : "are not group IDs"}: use 26 letters and digits.`;
  }
  if (options.required && ids.length === 0) return "Enter a group ID.";
  return undefined;
}
