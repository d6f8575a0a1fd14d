import { firstProblem, oneLineTextSchema } from "./one-line-text";

export const VAULT_TITLE_MAX_LENGTH = 100;

/** A vault title as a form field holds it; the messages are written for inline form errors. */
export const VaultTitleSchema = oneLineTextSchema(VAULT_TITLE_MAX_LENGTH, "Enter a title.");

/** The form error for a title, or undefined when it is fine. */
export function vaultTitleError(title: string): string | undefined {
  return firstProblem(VaultTitleSchema, title);
}

export interface VaultTitleLineError {
  /** 1-based, as an editor shows lines. */
  line: number;
  title: string;
  message: string;
}

export interface ParsedVaultTitles {
  /** Valid titles, trimmed, in input order, each once. */
  titles: string[];
  errors: VaultTitleLineError[];
}

/** Several vaults at once: one title per non-empty line, with per-line errors and repeats flagged. */
export function parseVaultTitles(text: string): ParsedVaultTitles {
  const titles: string[] = [];
  const errors: VaultTitleLineError[] = [];
  const firstLine = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const result = VaultTitleSchema.safeParse(raw);
    if (!result.success) {
      errors.push({ line, title: raw.trim(), message: result.error.issues[0]?.message ?? "Not a valid title." });
      return;
    }
    const key = result.data.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      errors.push({ line, title: result.data, message: `Same title as line ${earlier}.` });
      return;
    }
    firstLine.set(key, line);
    titles.push(result.data);
  });
  return { titles, errors };
}

/** The existing title this one would duplicate (ignoring case and edge spaces), for a warning; 1Password allows it. */
export function findDuplicateTitle(title: string, existingTitles: Iterable<string>): string | undefined {
  const key = title.trim().toLowerCase();
  if (key === "") return undefined;
  for (const existing of existingTitles) if (existing.trim().toLowerCase() === key) return existing;
  return undefined;
}
