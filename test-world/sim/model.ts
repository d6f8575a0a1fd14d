/** The simulator's own state, shaped for cheap updates; wire.ts turns it into the SDK's result types. */

export type AccountType = "business" | "teams" | "individual" | "family";
export type PromptAnswer = "approve" | "deny" | "never";
export type VaultType = "personal" | "everyone" | "transfer" | "userCreated" | "unsupported";
export type ItemState = "active" | "archived";
export type AutofillBehavior = "AnywhereOnWebsite" | "ExactDomain" | "Never";
export type GroupType =
  "owners" | "administrators" | "recovery" | "externalAccountManagers" | "teamMembers" | "userDefined" | "unsupported";
/** The operations a vault denial can cover. */
export type VaultOp = "read" | "write" | "manage";

export interface SimWebsite {
  url: string;
  label: string;
  autofillBehavior: AutofillBehavior;
}

export interface SimSshKeyDetails {
  type: "SshKey";
  content?: { publicKey: string; fingerprint: string; keyType: string };
}

export interface SimField {
  id: string;
  title: string;
  sectionId?: string;
  /** One of the SDK's ItemFieldType values ("Text", "Concealed", "Totp", …). */
  fieldType: string;
  value: string;
  /** Stored details (SSH keys); OTP details are computed from the clock when the item is read. */
  details?: SimSshKeyDetails | { type: "Address"; content?: unknown };
}

export interface SimSection {
  id: string;
  title: string;
}

export interface SimItem {
  id: string;
  title: string;
  /** One of the SDK's ItemCategory values. */
  category: string;
  vaultId: string;
  fields: SimField[];
  sections: SimSection[];
  notes: string;
  tags: string[];
  websites: SimWebsite[];
  version: number;
  /** Earlier versions, oldest first, as an `items.put` left them (the app keeps an item's history). */
  history?: { version: number; fields: SimField[] }[];
  state: ItemState;
  createdAt: number;
  updatedAt: number;
}

export interface SimVault {
  id: string;
  accountUuid: string;
  title: string;
  description: string;
  vaultType: VaultType;
  contentVersion: number;
  attributeVersion: number;
  createdAt: number;
  updatedAt: number;
  /** The signed-in user's own permissions on this vault (0 hides the vault from them). */
  permissions: number;
  /** groupId → permission bits. */
  groupAccess: Map<string, number>;
  items: Map<string, SimItem>;
  activeItemCount: number;
}

export interface SimGroup {
  id: string;
  title: string;
  description: string;
  groupType: GroupType;
  state: "active" | "deleted";
}

export interface SimVariable {
  name: string;
  value: string;
  masked: boolean;
}

export interface SimEnvironment {
  id: string;
  name: string;
  variables: SimVariable[];
  denied: boolean;
}

export interface SimAccount {
  name: string;
  uuid: string;
  type: AccountType;
  userUuid: string;
  prompt: PromptAnswer;
  vaults: Map<string, SimVault>;
  groups: Map<string, SimGroup>;
  environments: Map<string, SimEnvironment>;
  promptsShown: number;
  /** The last call that kept the desktop-app session alive; undefined when there is no approved session. */
  sessionLastActivity?: number;
}

export type SimShareDuration = "OneHour" | "OneDay" | "SevenDays" | "FourteenDays" | "ThirtyDays";

/** An account's item-sharing policy, as `ItemShareAccountPolicy` (types.d.ts) carries it. */
export interface SimSharePolicy {
  maxExpiry: SimShareDuration;
  defaultExpiry: SimShareDuration;
  maxViews?: number;
  allowedTypes: ("Authenticated" | "Public")[];
  allowedRecipientTypes: ("Email" | "Domain")[];
  files: { allowed: boolean; maxSize: number };
}

export type SimRecipient =
  { type: "Email"; parameters: { email: string } } | { type: "Domain"; parameters: { domain: string } };

/** A share link the app created. `link` opens the item: a secret. */
export interface SimShare {
  accountUuid: string;
  vaultId: string;
  itemId: string;
  expireAfter: SimShareDuration;
  recipients?: SimRecipient[];
  oneTimeOnly: boolean;
  link: string;
}
