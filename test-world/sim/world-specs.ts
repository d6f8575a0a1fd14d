import type { AccountType, GroupType, PromptAnswer, SimField, SimSection, SimWebsite, VaultType } from "./model";

/** What tests pass to the builders (app.addAccount, AccountHandle.addVault, addItem, addGroup, addEnvironment). */

export interface AccountSpec {
  name: string;
  /** 26 uppercase base32 characters, like 1Password account UUIDs; generated when omitted. */
  uuid?: string;
  type?: AccountType;
  prompt?: PromptAnswer;
}

export interface VaultSpec {
  title: string;
  description?: string;
  type?: VaultType;
  /** The signed-in user's own permissions (default: all). 0 hides the vault from the user. */
  permissions?: number;
  createdAt?: number;
}

export interface FieldSpec {
  id?: string;
  title: string;
  value: string;
  /** An SDK ItemFieldType value; default "Text". */
  fieldType?: string;
  sectionId?: string;
  /** An SSH key's public key, fingerprint and key type. */
  details?: SimField["details"];
}

export interface ItemSpec {
  title: string;
  /** An SDK ItemCategory value. */
  category: string;
  /** Exactly these fields; when omitted the category's usual fields are generated with unique values. */
  fields?: FieldSpec[];
  sections?: SimSection[];
  websites?: (string | SimWebsite)[];
  tags?: string[];
  notes?: string;
  archived?: boolean;
  /** Adds a TOTP field: `true` generates a secret, a string is the otpauth URI or base32 secret. */
  otp?: boolean | string;
  createdAt?: number;
  updatedAt?: number;
}

export interface GroupSpec {
  title: string;
  description?: string;
  groupType?: GroupType;
}

export interface EnvironmentSpec {
  name?: string;
  /** `{NAME: value}` (masked) or explicit variables. */
  variables: Record<string, string> | { name: string; value: string; masked?: boolean }[];
  denied?: boolean;
}
