import { z } from "zod";

/**
 * zod schemas for what the SDK returns. The SDK's types are compile-time only and its results come from another
 * process; anything unexpected is caught here, once, and reported as an unexpected error instead of crashing a
 * screen. Unknown enum values are kept as "Unsupported"/"unsupported" rather than rejected, so a newer app does not
 * break the list.
 */

const dateLike = z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value).getTime());

export const ITEM_CATEGORIES = [
  "Login",
  "SecureNote",
  "CreditCard",
  "CryptoWallet",
  "Identity",
  "Password",
  "Document",
  "ApiCredentials",
  "BankAccount",
  "Database",
  "DriverLicense",
  "Email",
  "MedicalRecord",
  "Membership",
  "OutdoorLicense",
  "Passport",
  "Rewards",
  "Router",
  "Server",
  "SshKey",
  "SocialSecurityNumber",
  "SoftwareLicense",
  "Person",
  "Unsupported",
] as const;

const category = z
  .string()
  .transform((value) =>
    (ITEM_CATEGORIES as readonly string[]).includes(value)
      ? (value as (typeof ITEM_CATEGORIES)[number])
      : ("Unsupported" as const),
  );

const VAULT_TYPES = ["personal", "everyone", "transfer", "userCreated", "unsupported"] as const;
const vaultType = z
  .string()
  .transform((value) =>
    (VAULT_TYPES as readonly string[]).includes(value)
      ? (value as (typeof VAULT_TYPES)[number])
      : ("unsupported" as const),
  );

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
