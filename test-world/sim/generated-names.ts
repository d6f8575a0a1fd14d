import type { AccountType } from "./model";
import type { Rng } from "./random";
import type { Service } from "./services";

/** What generateWorld names things: accounts, vaults, groups, items (with their categories' weights) and tags. */

export const ACCOUNT_PRESETS: readonly { name: string; type: AccountType }[] = [
  { name: "Acme Corp", type: "business" },
  { name: "Personal", type: "individual" },
  { name: "Side Project", type: "teams" },
  { name: "The Parkers", type: "family" },
];

export const VAULT_NAMES = [
  "Engineering",
  "Infrastructure",
  "Payments",
  "Platform",
  "Data",
  "Security",
  "Mobile",
  "Marketing",
  "Customer Success",
  "Finance",
  "Design",
  "Growth",
  "Support",
  "Legal",
  "IT",
  "Research",
];

export const GROUP_NAMES = [
  "Engineering",
  "Platform",
  "Payments",
  "Support",
  "Security",
  "Contractors",
  "Data",
  "Mobile",
  "Finance",
];

export const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ["Login", 44],
  ["ApiCredentials", 16],
  ["Password", 12],
  ["SecureNote", 7],
  ["Database", 6],
  ["Server", 5],
  ["SshKey", 4],
  ["CreditCard", 3],
  ["SoftwareLicense", 3],
];

export const TITLE_SUFFIXES: readonly (readonly [string, number])[] = [
  ["", 6],
  [" Production", 2],
  [" Staging", 2],
  [" Dev", 1],
  [" CI", 1],
  [" (personal)", 1],
  [" Admin", 1],
  [" Read-only", 1],
  [" Backup", 0.5],
  [" Deploy Key", 0.5],
  [" Billing", 0.5],
  [" EU", 0.5],
  [" US", 0.5],
];

export const TAGS = [
  "work",
  "personal",
  "prod",
  "staging",
  "dev",
  "infra",
  "billing",
  "ci",
  "shared",
  "team/platform",
  "team/payments",
  "team/mobile",
  "oncall",
  "legacy",
] as const;

/** An item's title, as people name items of this category for this service. */
export function itemTitle(rng: Rng, category: string, service: Service): string {
  const suffix = rng.weighted(TITLE_SUFFIXES);
  switch (category) {
    case "ApiCredentials":
      return `${service.name} ${rng.pick(["API Key", "API Token", "Access Token", "Service Token"])}${suffix}`;
    case "Database":
      return `${service.name} ${rng.pick(["Database", "DB", "Primary DB", "Replica"])}${suffix}`;
    case "Server":
      return `${service.name} ${rng.pick(["Bastion", "Server", "Build Box", "VPN"])}${suffix}`;
    case "SshKey":
      return `${service.name} SSH Key${suffix}`;
    case "SecureNote":
      return `${service.name} ${rng.pick(["Recovery Codes", "Runbook Notes", "Setup Notes"])}`;
    case "CreditCard":
      return `${rng.pick(["Visa", "Mastercard", "Amex"])} ${rng.pick(["Corporate", "Travel", "Personal", "Cloud Billing"])}`;
    case "SoftwareLicense":
      return `${rng.pick(["JetBrains", "TablePlus", "Sketch", "Docker Desktop", "Paw", "Tower"])} License`;
    default:
      return `${service.name}${suffix}`;
  }
}
