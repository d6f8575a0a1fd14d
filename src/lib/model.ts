/**
 * The project's own types for what it shows. Everything from the SDK, preferences and storage is parsed into
 * these at the boundary (src/onepassword/ parses SDK results with zod). None of these carries a secret value:
 * they are metadata and may be cached.
 */

/** An account as configured in preferences: the name shown in the 1Password app, or its UUID. */
export type AccountRef = string;

/** Every item category 1Password has; a category a newer app adds is read as "Unsupported". */
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
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** Every vault type; a type a newer app adds is read as "unsupported". */
export const VAULT_TYPES = ["personal", "everyone", "transfer", "userCreated", "unsupported"] as const;
export type VaultType = (typeof VAULT_TYPES)[number];

export interface VaultSummary {
  account: AccountRef;
  id: string;
  title: string;
  description: string;
  type: VaultType;
  /** Active items, as the app counts them. */
  itemCount: number;
  /** The app's version of the vault's items: it changes whenever one of them does (unknown for a fresh create). */
  contentVersion?: number;
  createdAt: number;
  updatedAt: number;
}

/** One row of the metadata index: an item overview, never its fields. */
export interface ItemSummary {
  account: AccountRef;
  vaultId: string;
  vaultTitle: string;
  id: string;
  title: string;
  category: ItemCategory;
  /**
   * The hosts of the item's websites (lib/url.ts hostsOf), never the whole URLs: a summary is cached, and a URL can
   * carry a password (`https://admin:…@router.local`), a token in its query or a secret path (a webhook).
   */
  websites: string[];
  tags: string[];
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A field of a fetched item, without its value: what a screen may list and cache. */
export interface FieldSummary {
  id: string;
  title: string;
  sectionId?: string;
  sectionTitle?: string;
  type: string;
  /** Whether the app hides this value by default (concealed, OTP, SSH key, card number). */
  concealed: boolean;
}

/** A group's or user's access to a vault. */
export interface VaultAccessor {
  type: "group" | "user";
  id: string;
  /** Bit flags as the SDK defines them. */
  permissions: number;
}

/** An Environment the user registered (the SDK cannot list them). */
export interface RegisteredEnvironment {
  id: string;
  label: string;
  account: AccountRef;
}

/** A variable's metadata; the value is never part of this type. */
export interface EnvironmentVariableName {
  name: string;
  masked: boolean;
}
