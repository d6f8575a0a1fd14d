import { copyable, fieldLabel, referenceFor, shapeOf, type ReferenceContext } from "../../domain/item-shape";
import type { ItemSummary } from "../../lib/model";
import type { ItemDetails } from "../../onepassword/items";

/** A field as a tool tells the model about it: its label, what kind of value it holds and its reference. Never the value. */
export interface FieldReference {
  label: string;
  /** "password", "credential", "one-time password", or the field's own title. */
  kind: string;
  /** Whether 1Password hides the value (a secret); plain fields are usernames, URLs and the like. */
  secret: boolean;
  /** Absent when no reference names the field alone (its id is also another field's title). */
  reference?: string;
}

/**
 * The references of every field that holds something, the item's main secret first. Built from the fetched item; the
 * values stay in `details` and are dropped with it.
 */
export function fieldReferences(
  summary: ItemSummary,
  details: ItemDetails,
  context: ReferenceContext,
): FieldReference[] {
  const shape = shapeOf(details);
  const fields = copyable(shape).map((field) => ({
    id: field.id,
    entry: {
      label: fieldLabel(field),
      kind: field.noun,
      secret: field.concealed,
      reference: referenceFor(summary, shape, field, context),
    },
  }));
  fields.sort((a, b) => Number(b.id === shape.mainSecretId) - Number(a.id === shape.mainSecretId));
  return fields.map((field) => field.entry);
}

/** The main secret's reference (what ↵ copies in Search Secrets), or undefined when the item has none. */
export function mainSecretReference(
  summary: ItemSummary,
  details: ItemDetails,
  context: ReferenceContext,
): FieldReference | undefined {
  const shape = shapeOf(details);
  const field = shape.fields.find((candidate) => candidate.id === shape.mainSecretId);
  if (!field) return undefined;
  return {
    label: fieldLabel(field),
    kind: field.noun,
    secret: field.concealed,
    reference: referenceFor(summary, shape, field, context),
  };
}
