import { fail, ok, type Result } from "./result";

/**
 * 1Password secret references, `op://<vault>/<item>/[<section>/]<field>[?attribute=otp|type]`.
 *
 * 1Password's rules: a segment may be a name or an ID. A name may hold only ASCII letters and digits, `-`, `_`, `.`
 * and spaces; a name with any other character, or one that is not unique among its siblings, must be replaced by its
 * ID. References are case-insensitive, so "Prod" and "prod" are the same name and not unique next to each other.
 */

export interface Named {
  id: string;
  title: string;
}

export type SecretReferenceAttribute = "otp" | "type";

export interface SecretReferenceInput {
  vault: Named;
  item: Named;
  /** The field's section, when it has one with a title; the reference then names it. */
  section?: Named;
  field: Named;
  /**
   * What the name must be unique among, each list including or excluding the named thing itself (same id is
   * ignored): the account's vaults, the vault's items, the item's sections, and the fields it could be confused with
   * (the section's fields when a section is given, otherwise all of the item's fields). A level without a list uses
   * the ID: always correct, only less readable.
   */
  siblings: {
    vaults?: readonly Named[];
    items?: readonly Named[];
    sections?: readonly Named[];
    fields?: readonly Named[];
  };
  attribute?: SecretReferenceAttribute;
}

export interface SecretReferenceParts {
  vault: string;
  item: string;
  section?: string;
  field: string;
  attribute?: SecretReferenceAttribute;
}

const SAFE_NAME = /^[A-Za-z0-9\-_. ]+$/;
const PREFIX = "op://";

/** Whether a title may stand in a reference as written; "." and ".." and edge spaces read as something else. */
export function isSafeReferenceName(title: string): boolean {
  return SAFE_NAME.test(title) && title.trim() === title && title !== "." && title !== "..";
}

function isUnique(target: Named, siblings: readonly Named[]): boolean {
  const key = target.title.toLowerCase();
  return !siblings.some((other) => other.id !== target.id && other.title.toLowerCase() === key);
}

function segment(target: Named, siblings: readonly Named[] | undefined, level: string): string {
  if (siblings && isSafeReferenceName(target.title) && isUnique(target, siblings)) return target.title;
  // 1Password ids are 26 lowercase letters and digits; anything else would make a reference that cannot resolve.
  if (!isSafeReferenceName(target.id)) throw new Error(`The ${level} id "${target.id}" cannot appear in a reference.`);
  return target.id;
}

/** The reference for a field, with names where they are safe and unique, ids otherwise. */
export function buildSecretReference(input: SecretReferenceInput): string {
  const parts = [
    segment(input.vault, input.siblings.vaults, "vault"),
    segment(input.item, input.siblings.items, "item"),
  ];
  if (input.section) parts.push(segment(input.section, input.siblings.sections, "section"));
  parts.push(segment(input.field, input.siblings.fields, "field"));
  return PREFIX + parts.join("/") + (input.attribute ? `?attribute=${input.attribute}` : "");
}

/** Reads a reference someone pasted or the extension built; segments come back as written. */
export function parseSecretReference(text: string): Result<SecretReferenceParts> {
  const trimmed = text.trim();
  if (trimmed.slice(0, PREFIX.length).toLowerCase() !== PREFIX) {
    return fail('A secret reference starts with "op://".');
  }
  const rest = trimmed.slice(PREFIX.length);
  const queryAt = rest.indexOf("?");
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  let attribute: SecretReferenceAttribute | undefined;
  if (queryAt !== -1) {
    const match = /^attribute=(otp|type)$/i.exec(rest.slice(queryAt + 1));
    if (!match) return fail('The only query a reference may have is "?attribute=otp" or "?attribute=type".');
    attribute = match[1]!.toLowerCase() as SecretReferenceAttribute;
  }
  const segments = path.split("/");
  if (segments.length < 3 || segments.length > 4) {
    return fail("A secret reference has a vault, an item, an optional section and a field: op://vault/item/field.");
  }
  const bad = segments.find((part) => !isSafeReferenceName(part));
  if (bad !== undefined) {
    return fail(
      bad === ""
        ? "A secret reference has an empty part."
        : `"${bad}" has characters a reference cannot hold; use the ID instead.`,
    );
  }
  const [vault, item, third, fourth] = segments as [string, string, string, string | undefined];
  const parts: SecretReferenceParts =
    fourth === undefined ? { vault, item, field: third } : { vault, item, section: third, field: fourth };
  if (attribute) parts.attribute = attribute;
  return ok(parts);
}

/** References compare case-insensitively, as 1Password resolves them. */
export function sameSecretReference(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
