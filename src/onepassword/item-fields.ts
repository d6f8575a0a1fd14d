import type { ItemCategory } from "../lib/model";
import type { ItemDetails, ItemField } from "./items";

/**
 * Which field is an item's "main secret" — what ↵ copies — by category. Field ids follow 1Password's built-in
 * templates; when an item was made differently, the first concealed field stands in.
 */
const MAIN_SECRET_FIELD_IDS: Partial<Record<ItemCategory, readonly string[]>> = {
  Login: ["password"],
  Password: ["password"],
  Database: ["password"],
  Server: ["password"],
  Router: ["password"],
  Email: ["password", "pop_password", "smtp_password"],
  ApiCredentials: ["credential"],
  CreditCard: ["ccnum"],
  BankAccount: ["accountNo", "pin"],
  SshKey: ["private_key"],
  SoftwareLicense: ["reg_code"],
  CryptoWallet: ["recoveryPhrase", "password"],
  Membership: ["membership_no", "pin"],
  Rewards: ["membership_no", "pin"],
  Passport: ["number"],
  DriverLicense: ["number"],
  OutdoorLicense: ["number"],
  SocialSecurityNumber: ["number"],
};

const SECRET_FIELD_TYPES = new Set(["Concealed", "CreditCardNumber", "SshKey"]);

/** Words for toasts and action titles ("Copy Password", "Copied credential"). */
export function secretNoun(field: Pick<ItemField, "id" | "title" | "type">): string {
  if (field.type === "Totp") return "one-time password";
  if (field.id === "credential") return "credential";
  if (field.id === "password") return "password";
  return field.title.trim() ? field.title.trim() : "secret";
}

export function isConcealedField(field: Pick<ItemField, "type">): boolean {
  return SECRET_FIELD_TYPES.has(field.type) || field.type === "Totp";
}

export function mainSecretField(item: Pick<ItemDetails, "category" | "fields">): ItemField | undefined {
  const preferred = MAIN_SECRET_FIELD_IDS[item.category] ?? [];
  for (const id of preferred) {
    const field = item.fields.find((candidate) => candidate.id === id && candidate.value !== "");
    if (field) return field;
  }
  return item.fields.find((field) => SECRET_FIELD_TYPES.has(field.type) && field.value !== "");
}

export function usernameField(item: Pick<ItemDetails, "fields">): ItemField | undefined {
  return (
    item.fields.find((field) => field.id === "username" && field.value !== "") ??
    item.fields.find(
      (field) =>
        field.type !== "Concealed" && /^(user ?name|login|email)$/i.test(field.title.trim()) && field.value !== "",
    )
  );
}

export function otpField(item: Pick<ItemDetails, "fields">): ItemField | undefined {
  return item.fields.find((field) => field.type === "Totp");
}

/** Fields worth offering in "Copy Field": everything with a value, the main ones first as the app shows them. */
export function copyableFields(item: Pick<ItemDetails, "fields">): ItemField[] {
  return item.fields.filter((field) => field.value !== "" || field.otpCode);
}
