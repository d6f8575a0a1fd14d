import { fail, ok, type Result } from "./result";

/**
 * 1Password secret references, `op://<vault>/<item>/[<section>/]<field>[?attribute=otp|totp|?ssh-format=openssh]`.
 *
 * What a reference may be is what the SDK's own validator (`Secrets.validateSecretReference`) accepts, and
 * test/outputs/secret-reference.test.ts checks this file against it: the prefix exactly `op://`, three or four segments
 * of ASCII letters, digits, `-`, `_`, `.` and spaces, and at most one query, one of the three above, in lowercase.
 *
 * A segment names a thing by its title or its id. 1Password matches a title ignoring case, so a reference uses a
 * title only where it names one thing alone: a title with characters a reference cannot hold, with spaces at its
 * edges, shared with a sibling (ignoring case and edge spaces) or equal to a sibling's id is replaced by the id.
 */

export interface Named {
  id: string;
  title: string;
}

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
  /** A one-time password field's current code instead of its secret. */
  attribute?: "otp";
}

const REFERENCE_QUERIES = {
  "attribute=otp": { attribute: "otp" },
  "attribute=totp": { attribute: "totp" },
  "ssh-format=openssh": { sshFormat: "openssh" },
} as const;

export interface SecretReferenceParts {
  vault: string;
  item: string;
  section?: string;
  field: string;
  /** Both ask for a one-time password field's current code. */
  attribute?: "otp" | "totp";
  /** An SSH key's private key in OpenSSH format. */
  sshFormat?: "openssh";
}

const PREFIX = "op://";
/** What the validator accepts in the path; a segment may even be empty. */
const PATH_CHARACTERS = /^[A-Za-z0-9 _.\-/]*$/;
const NAME = /^[A-Za-z0-9 _.-]+$/;

/** Whether a title may stand in a reference as written: its characters, no edge spaces, not "." or "..". */
export function isSafeReferenceName(title: string): boolean {
  return NAME.test(title) && title.trim() === title && title !== "." && title !== "..";
}

/** How 1Password compares a segment with a title. */
const titleKey = (text: string) => text.trim().toLowerCase();

/** Whether `segment` would match `other` (by its title or its id). */
const matches = (segment: string, other: Named) =>
  titleKey(other.title) === titleKey(segment) || other.id.toLowerCase() === segment.toLowerCase();

/** The title or the id, whichever names the target alone; undefined when neither does. */
function segment(target: Named, siblings: readonly Named[] | undefined): string | undefined {
  const others = siblings?.filter((other) => other.id !== target.id);
  if (others && isSafeReferenceName(target.title) && !others.some((other) => matches(target.title, other)))
    return target.title;
  // 1Password ids are 26 lowercase letters and digits, but a field's id can be a word ("username") that is also
  // another field's title; then no reference names that field alone.
  if (!isSafeReferenceName(target.id) || others?.some((other) => matches(target.id, other))) return undefined;
  return target.id;
}

/**
 * The reference for a field, with titles where they name one thing alone, ids otherwise; undefined when no reference
 * can name it alone (an id a reference cannot hold, or one that is also a sibling's title).
 */
export function buildSecretReference(input: SecretReferenceInput): string | undefined {
  const { siblings } = input;
  const parts = [
    segment(input.vault, siblings.vaults),
    segment(input.item, siblings.items),
    input.section && segment(input.section, siblings.sections),
    segment(input.field, siblings.fields),
  ];
  if (parts.some((part, index) => part === undefined && (index !== 2 || input.section))) return undefined;
  const path = parts.filter((part): part is string => part !== undefined).join("/");
  return PREFIX + path + (input.attribute ? `?attribute=${input.attribute}` : "");
}

const isQuery = (text: string): text is keyof typeof REFERENCE_QUERIES => Object.hasOwn(REFERENCE_QUERIES, text);

/** Reads a reference exactly as the SDK's validator reads it; segments come back as written. */
export function parseSecretReference(text: string): Result<SecretReferenceParts> {
  if (!text.startsWith(PREFIX)) return fail('A secret reference starts with "op://".');
  const rest = text.slice(PREFIX.length);
  const queryAt = rest.indexOf("?");
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : rest.slice(queryAt + 1);
  if (!PATH_CHARACTERS.test(path)) {
    return fail(
      "A secret reference has characters it cannot hold: only letters, digits, spaces, -, _ and . (use IDs).",
    );
  }
  const segments = path.split("/");
  if (segments.length < 3 || segments.length > 4) {
    return fail("A secret reference has a vault, an item, an optional section and a field: op://vault/item/field.");
  }
  if (query !== undefined && !isQuery(query)) {
    return fail('A reference\'s query may only be "?attribute=otp", "?attribute=totp" or "?ssh-format=openssh".');
  }
  const [vault, item, third, fourth] = segments as [string, string, string, string | undefined];
  const parts: SecretReferenceParts =
    fourth === undefined ? { vault, item, field: third } : { vault, item, section: third, field: fourth };
  return ok(query === undefined ? parts : { ...parts, ...REFERENCE_QUERIES[query] });
}
