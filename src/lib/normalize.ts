const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Case- and accent-insensitive form of a text: "Zoë" and "zoe" compare equal. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** The words of a text, folded: runs of letters and digits, so "api.stripe.com" gives api, stripe, com. */
export function tokenize(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
