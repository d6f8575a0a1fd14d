import type { ItemCategory } from "./model";

/** What 1Password calls each category in its apps; also what the search matches when someone types "api" or "ssh". */
export const CATEGORY_LABELS: Readonly<Record<ItemCategory, string>> = {
  Login: "Login",
  SecureNote: "Secure Note",
  CreditCard: "Credit Card",
  CryptoWallet: "Crypto Wallet",
  Identity: "Identity",
  Password: "Password",
  Document: "Document",
  ApiCredentials: "API Credential",
  BankAccount: "Bank Account",
  Database: "Database",
  DriverLicense: "Driver License",
  Email: "Email Account",
  MedicalRecord: "Medical Record",
  Membership: "Membership",
  OutdoorLicense: "Outdoor License",
  Passport: "Passport",
  Rewards: "Reward Program",
  Router: "Wireless Router",
  Server: "Server",
  SshKey: "SSH Key",
  SocialSecurityNumber: "Social Security Number",
  SoftwareLicense: "Software License",
  Person: "Person",
  Unsupported: "Other",
};

export function categoryLabel(category: ItemCategory): string {
  return CATEGORY_LABELS[category];
}
