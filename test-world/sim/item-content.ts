import { SimError } from "./errors";
import type { HandlerContext, Params } from "./handler-context";
import type { SimField, SimItem, SimSection, SimVault, SimWebsite } from "./model";

/** Turns ItemCreateParams (or an Item for put) into stored content; throws a validation message when invalid. */
export function contentFrom(
  raw: Params,
): Pick<SimItem, "title" | "fields" | "sections" | "notes" | "tags" | "websites"> {
  if (typeof raw.title !== "string" || raw.title.trim() === "")
    throw new SimError("Error", "invalid item: title must not be empty");
  const fields: SimField[] = [];
  for (const f of Array.isArray(raw.fields) ? raw.fields : []) {
    const field = f as Params;
    if (typeof field.id !== "string" || typeof field.title !== "string" || typeof field.value !== "string") {
      throw new SimError("Error", "invalid item: every field needs a string id, title and value");
    }
    const stored: SimField = {
      id: field.id,
      title: field.title,
      fieldType: typeof field.fieldType === "string" ? field.fieldType : "Text",
      value: field.value,
    };
    if (typeof field.sectionId === "string") stored.sectionId = field.sectionId;
    const details = field.details as SimField["details"] | undefined;
    if (details && details.type !== ("Otp" as string)) stored.details = details;
    fields.push(stored);
  }
  return {
    title: raw.title,
    fields,
    sections: (Array.isArray(raw.sections) ? raw.sections : []) as SimSection[],
    notes: typeof raw.notes === "string" ? raw.notes : "",
    tags: (Array.isArray(raw.tags) ? raw.tags : []).filter((t): t is string => typeof t === "string"),
    websites: (Array.isArray(raw.websites) ? raw.websites : []) as SimWebsite[],
  };
}

/** Stores a new item from ItemCreateParams in the vault, as `items.create` does. */
export function createItem(ctx: HandlerContext, vault: SimVault, raw: Params): SimItem {
  const content = contentFrom(raw);
  if (typeof raw.category !== "string") throw new SimError("Error", "invalid item: category is required");
  const now = ctx.world.clock.now();
  const item: SimItem = {
    id: ctx.world.newId(),
    category: raw.category,
    vaultId: vault.id,
    ...content,
    version: 1,
    state: "active",
    createdAt: now,
    updatedAt: now,
  };
  vault.items.set(item.id, item);
  ctx.world.touchVaultContent(vault);
  return item;
}
