import { SimClock } from "./clock";
import { contentFor, otpSecret, otpUri, SERVICES, website, type Service, type Unique } from "./content";
import type {
  AccountType,
  GroupType,
  PromptAnswer,
  SimAccount,
  SimEnvironment,
  SimField,
  SimGroup,
  SimItem,
  SimSection,
  SimShare,
  SimSharePolicy,
  SimVariable,
  SimVault,
  SimWebsite,
  VaultOp,
  VaultType,
} from "./model";
import { ALL_PERMISSIONS } from "./permissions";
import { Rng } from "./random";
import { opensshForm } from "./ssh";
import { totpCode } from "./totp";

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

const UPPER_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Everything the simulated app knows, with the builders tests use to fill it. */
export class World {
  readonly accounts: SimAccount[] = [];
  readonly vaults = new Map<string, SimVault>();
  /** vaultId → ops denied by `denyVault`. */
  readonly deniedVaults = new Map<string, Set<VaultOp>>();
  /** account uuid → its item-sharing policy ("disabled": the account does not allow sharing); default in shares.ts. */
  readonly sharePolicies = new Map<string, SimSharePolicy | "disabled">();
  /** Every share link created, oldest first. */
  readonly shares: SimShare[] = [];
  private readonly used = new Set<string>();
  readonly unique: Unique = (make) => {
    for (let i = 0; i < 1000; i++) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    throw new Error("could not draw a unique value");
  };

  constructor(
    readonly clock: SimClock,
    readonly rng: Rng,
  ) {}

  /** A fresh id: 130 random bits, so not tracked in the uniqueness set (a collision is not a practical concern). */
  newId(rng: Rng = this.rng): string {
    return rng.id();
  }

  findAccount(nameOrUuid: string): SimAccount | undefined {
    const upper = nameOrUuid.toUpperCase();
    return (
      this.accounts.find((a) => a.uuid === upper) ??
      this.accounts.find((a) => a.name === nameOrUuid) ??
      this.accounts.find((a) => a.name.toLowerCase() === nameOrUuid.toLowerCase())
    );
  }

  addAccount(spec: AccountSpec, rng: Rng = this.rng): AccountHandle {
    if (this.accounts.some((a) => a.name === spec.name)) throw new Error(`account "${spec.name}" already exists`);
    const account: SimAccount = {
      name: spec.name,
      uuid: (spec.uuid ?? this.unique(() => rng.chars(UPPER_BASE32, 26))).toUpperCase(),
      type: spec.type ?? "business",
      userUuid: this.unique(() => rng.chars(UPPER_BASE32, 26)),
      prompt: spec.prompt ?? "approve",
      vaults: new Map(),
      groups: new Map(),
      environments: new Map(),
      promptsShown: 0,
    };
    this.accounts.push(account);
    return new AccountHandle(this, account);
  }

  handle(nameOrUuid: string): AccountHandle {
    const account = this.findAccount(nameOrUuid);
    if (!account) throw new Error(`no simulated account "${nameOrUuid}"`);
    return new AccountHandle(this, account);
  }

  /** Recomputes a vault's derived counters after its items changed. */
  touchVaultContent(vault: SimVault): void {
    let active = 0;
    for (const item of vault.items.values()) if (item.state === "active") active++;
    vault.activeItemCount = active;
    vault.contentVersion++;
    vault.updatedAt = this.clock.now();
  }

  /** Every field value, note, current OTP code and Environment value in the world. */
  allSecretValues(): string[] {
    const out: string[] = [];
    const now = this.clock.now();
    for (const account of this.accounts) {
      for (const vault of account.vaults.values()) {
        for (const item of vault.items.values()) {
          for (const field of item.fields) {
            if (field.value !== "") out.push(field.value);
            const openssh = field.fieldType === "SshKey" ? opensshForm(field.value) : undefined;
            if (openssh !== undefined) out.push(openssh);
            if (field.fieldType === "Totp") {
              const otp = totpCode(field.value, now);
              if ("code" in otp) out.push(otp.code);
            }
          }
          if (item.notes !== "") out.push(item.notes);
          for (const earlier of item.history ?? [])
            for (const f of earlier.fields) if (f.value !== "") out.push(f.value);
        }
      }
      for (const env of account.environments.values())
        for (const v of env.variables) if (v.value !== "") out.push(v.value);
    }
    for (const share of this.shares) out.push(share.link);
    return out;
  }
}

/** A test's handle on one account: builders and the per-account controls. */
export class AccountHandle {
  constructor(
    private readonly world: World,
    readonly state: SimAccount,
  ) {}

  get name(): string {
    return this.state.name;
  }
  get uuid(): string {
    return this.state.uuid;
  }
  get type(): AccountType {
    return this.state.type;
  }
  set type(type: AccountType) {
    this.state.type = type;
  }
  get userUuid(): string {
    return this.state.userUuid;
  }
  /** How the next authorization prompt for this account is answered. */
  get prompt(): PromptAnswer {
    return this.state.prompt;
  }
  set prompt(answer: PromptAnswer) {
    this.state.prompt = answer;
  }
  get promptsShown(): number {
    return this.state.promptsShown;
  }
  vaultIds(): string[] {
    return [...this.state.vaults.keys()];
  }
  groupIds(): string[] {
    return [...this.state.groups.keys()];
  }
  environmentIds(): string[] {
    return [...this.state.environments.keys()];
  }

  addVault(spec: VaultSpec, rng: Rng = this.world.rng): string {
    const now = spec.createdAt ?? this.world.clock.now();
    const vault: SimVault = {
      id: this.world.newId(rng),
      accountUuid: this.state.uuid,
      title: spec.title,
      description: spec.description ?? "",
      vaultType: spec.type ?? "userCreated",
      contentVersion: 1,
      attributeVersion: 1,
      createdAt: now,
      updatedAt: now,
      permissions: spec.permissions ?? ALL_PERMISSIONS,
      groupAccess: new Map(),
      items: new Map(),
      activeItemCount: 0,
    };
    this.state.vaults.set(vault.id, vault);
    this.world.vaults.set(vault.id, vault);
    return vault.id;
  }

  addItem(vaultId: string, spec: ItemSpec, rng: Rng = this.world.rng, service?: Service): string {
    const vault = this.state.vaults.get(vaultId);
    if (!vault) throw new Error(`vault ${vaultId} is not in account "${this.state.name}"`);
    const svc =
      service ?? SERVICES.find((s) => spec.title.toLowerCase().startsWith(s.name.toLowerCase())) ?? SERVICES[0];
    if (!svc) throw new Error("no services");
    const content = spec.fields
      ? { fields: spec.fields.map((f) => this.field(f, rng)), sections: spec.sections ?? [], notes: spec.notes ?? "" }
      : contentFor(spec.category, svc, rng, this.world.unique);
    if (spec.fields === undefined && spec.sections) content.sections = spec.sections;
    if (spec.fields === undefined && spec.notes !== undefined) content.notes = spec.notes;
    if (spec.otp) {
      const account = content.fields.find((f) => f.id === "username")?.value ?? spec.title;
      const value =
        typeof spec.otp === "string" ? spec.otp : this.world.unique(() => otpUri(svc.name, account, otpSecret(rng)));
      content.fields.push({ id: this.world.newId(rng), title: "one-time password", fieldType: "Totp", value });
    }
    const created = spec.createdAt ?? this.world.clock.now();
    const item: SimItem = {
      id: this.world.newId(rng),
      title: spec.title,
      category: spec.category,
      vaultId,
      fields: content.fields,
      sections: content.sections,
      notes: content.notes,
      tags: spec.tags ?? [],
      websites: (spec.websites ?? []).map((w) => (typeof w === "string" ? website(w.replace(/^https?:\/\//, "")) : w)),
      version: 1,
      state: spec.archived ? "archived" : "active",
      createdAt: created,
      updatedAt: spec.updatedAt ?? created,
    };
    vault.items.set(item.id, item);
    if (item.state === "active") vault.activeItemCount++;
    // As in the app: any change to a vault's items is a new version of its contents.
    vault.contentVersion++;
    return item.id;
  }

  private field(spec: FieldSpec, rng: Rng): SimField {
    const field: SimField = {
      id: spec.id ?? this.world.newId(rng),
      title: spec.title,
      fieldType: spec.fieldType ?? "Text",
      value: spec.value,
    };
    if (spec.sectionId !== undefined) field.sectionId = spec.sectionId;
    if (spec.details !== undefined) field.details = spec.details;
    return field;
  }

  addGroup(spec: GroupSpec, rng: Rng = this.world.rng): string {
    const group: SimGroup = {
      id: this.world.newId(rng),
      title: spec.title,
      description: spec.description ?? "",
      groupType: spec.groupType ?? "userDefined",
      state: "active",
    };
    this.state.groups.set(group.id, group);
    return group.id;
  }

  /** Gives a group permissions on a vault of this account (no account-type or dependency checks: test setup). */
  grant(vaultId: string, groupId: string, permissions: number): void {
    const vault = this.state.vaults.get(vaultId);
    if (!vault) throw new Error(`vault ${vaultId} is not in account "${this.state.name}"`);
    if (!this.state.groups.has(groupId)) throw new Error(`group ${groupId} is not in account "${this.state.name}"`);
    vault.groupAccess.set(groupId, permissions);
  }

  addEnvironment(spec: EnvironmentSpec, rng: Rng = this.world.rng): string {
    const variables: SimVariable[] = Array.isArray(spec.variables)
      ? spec.variables.map((v) => ({ name: v.name, value: v.value, masked: v.masked ?? true }))
      : Object.entries(spec.variables).map(([name, value]) => ({ name, value, masked: true }));
    const env: SimEnvironment = {
      id: this.world.newId(rng),
      name: spec.name ?? `Environment ${this.state.environments.size + 1}`,
      variables,
      denied: spec.denied ?? false,
    };
    this.state.environments.set(env.id, env);
    return env.id;
  }

  /** Makes EnvironmentsGetVariables on this Environment fail with a permission error (or allows it again). */
  denyEnvironment(environmentId: string, denied = true): void {
    const env = this.state.environments.get(environmentId);
    if (!env) throw new Error(`environment ${environmentId} is not in account "${this.state.name}"`);
    env.denied = denied;
  }
}
