import { Icon } from "@raycast/api";
import type { ItemCategory } from "../../lib/model";

/** One icon per category, close to what the 1Password app shows. */
const ICONS: Readonly<Record<ItemCategory, Icon>> = {
  Login: Icon.Key,
  SecureNote: Icon.Document,
  CreditCard: Icon.CreditCard,
  CryptoWallet: Icon.Wallet,
  Identity: Icon.Person,
  Password: Icon.Lock,
  Document: Icon.Paperclip,
  ApiCredentials: Icon.Code,
  BankAccount: Icon.BankNote,
  Database: Icon.HardDrive,
  DriverLicense: Icon.Car,
  Email: Icon.Envelope,
  MedicalRecord: Icon.Heartbeat,
  Membership: Icon.Star,
  OutdoorLicense: Icon.Tree,
  Passport: Icon.Airplane,
  Rewards: Icon.Gift,
  Router: Icon.Wifi,
  Server: Icon.Terminal,
  SshKey: Icon.Fingerprint,
  SocialSecurityNumber: Icon.Shield,
  SoftwareLicense: Icon.Receipt,
  Person: Icon.PersonLines,
  Unsupported: Icon.QuestionMark,
};

export function categoryIcon(category: ItemCategory): Icon {
  return ICONS[category];
}
