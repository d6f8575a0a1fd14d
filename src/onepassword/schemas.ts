import { z } from "zod";
import { ITEM_CATEGORIES, VAULT_TYPES } from "../lib/model";

/**
 * zod schemas for what the SDK returns. The SDK's types are compile-time only and its results come from another
 * process; anything unexpected is caught here, once, and reported as an unexpected error instead of crashing a
 * screen. Unknown enum values are kept as "Unsupported"/"unsupported" rather than rejected, so a newer app does not
 * break the list.
 */

const dateLike = z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value).getTime());

export { ITEM_CATEGORIES };

/** One of `values`, or `fallback` for a value a newer app may send. */
function oneOf<const V extends readonly string[]>(values: V, fallback: V[number]) {
  return z.string().transform((value): V[number] => ((values as readonly string[]).includes(value) ? value : fallback));
}

const category = oneOf(ITEM_CATEGORIES, "Unsupported");
const vaultType = oneOf(VAULT_TYPES, "unsupported");

export const vaultOverviewSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().default(""),
  vaultType: vaultType,
  activeItemCount: z.number().int().nonnegative().default(0),
  contentVersion: z.number().int().optional(),
  createdAt: dateLike,
  updatedAt: dateLike,
});

export const vaultAccessSchema = z.object({
  accessorType: z
    .string()
    .transform((value) => (value.toLowerCase() === "group" ? "group" : "user") as "group" | "user"),
  accessorUuid: z.string().min(1),
  permissions: z.number().int().nonnegative(),
});

/** `Vault` (from get/create/update) carries no dates, unlike `VaultOverview`. */
export const vaultSchema = vaultOverviewSchema.extend({
  createdAt: dateLike.optional(),
  updatedAt: dateLike.optional(),
  access: z.array(vaultAccessSchema).nullish(),
});

const websiteSchema = z.object({ url: z.string(), label: z.string().default("") });

export const itemOverviewSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  category,
  vaultId: z.string().min(1),
  websites: z.array(websiteSchema).nullish(),
  tags: z.array(z.string()).nullish(),
  state: z.string().default("active"),
  createdAt: dateLike,
  updatedAt: dateLike,
});

const otpDetailsSchema = z.object({
  type: z.literal("Otp"),
  content: z.object({ code: z.string().nullish(), errorMessage: z.string().nullish() }),
});

/** An SSH key field's computed public parts (`SshKeyAttributes`). */
export const sshKeySchema = z.object({ publicKey: z.string(), fingerprint: z.string(), keyType: z.string() });

export const itemFieldSchema = z.object({
  id: z.string(),
  title: z.string().default(""),
  sectionId: z.string().nullish(),
  fieldType: z.string(),
  value: z.string().default(""),
  details: z.union([otpDetailsSchema, z.object({ type: z.string() }).loose()]).nullish(),
});

export const itemSchema = itemOverviewSchema.omit({ state: true }).extend({
  fields: z.array(itemFieldSchema).default([]),
  sections: z.array(z.object({ id: z.string(), title: z.string().default("") })).default([]),
  notes: z.string().default(""),
  version: z.number().int().default(0),
});

export const groupSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().default(""),
  groupType: z.string().default("unsupported"),
  state: z.string().default("active"),
});

export const environmentVariablesSchema = z.object({
  variables: z.array(z.object({ name: z.string(), value: z.string(), masked: z.boolean().default(false) })),
});

const batchErrorSchema = z.object({ type: z.string(), message: z.string().nullish() }).loose().nullish();

export const batchResponseListSchema = z.object({
  individualResponses: z.array(z.object({ content: z.unknown().optional(), error: batchErrorSchema })),
});

export const batchResponseMapSchema = z.object({
  individualResponses: z.record(z.string(), z.object({ content: z.unknown().optional(), error: batchErrorSchema })),
});

export type ParsedItem = z.infer<typeof itemSchema>;
export type ParsedVault = z.infer<typeof vaultSchema>;
