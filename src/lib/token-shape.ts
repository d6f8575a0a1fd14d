/**
 * One entry of the recogniser's table (src/lib/token-table-*.ts): a provider's credential format, what Save Item calls
 * an item holding it, and where the format is documented. Kept apart from the tables so that each table file is only
 * its entries.
 */

/** The 1Password category an item holding this value belongs in. */
export type SuggestedCategory = "ApiCredentials" | "SshKey" | "SecureNote";

export interface TokenShape {
  provider: string;
  /** The new item's title: "GitHub Token". */
  title: string;
  /** The API Credential's type field: "Personal access token". */
  type: string;
  /** A tag for the item: "github". */
  tag: string;
  /** The whole trimmed value, anchored. */
  pattern: RegExp;
  /** Where the format is documented: the provider's page, or the public rule set it comes from. */
  source: string;
  category: SuggestedCategory;
  /** A key file or a JSON key: several lines or longer than a token; single-line entries never see such text. */
  structured?: boolean;
  /** A check the pattern cannot express (a key file's encryption, a JSON key's fields). */
  accepts?: (value: string) => boolean;
  /** The random part placeholder rules judge, when it is not the whole value (a key file's base64). */
  body?: (value: string) => string;
}

type Extra = Partial<Pick<TokenShape, "tag" | "category" | "structured" | "accepts" | "body">>;

/** An entry: the tag defaults to the provider in lowercase ("Hugging Face" → "hugging-face"), the category to API Credential. */
export function token(
  provider: string,
  title: string,
  type: string,
  pattern: RegExp,
  source: string,
  extra: Extra = {},
): TokenShape {
  return {
    provider,
    title,
    type,
    tag: provider.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    pattern,
    source,
    category: "ApiCredentials",
    ...extra,
  };
}

export const GITLEAKS = "https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml";
const SECRETLINT_RULES = "https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-";
/** A rule of secretlint's recommended preset (MIT). */
export const secretlint = (rule: string) => SECRETLINT_RULES + rule;
