import { contentFor } from "./content";
import { otpSecret, otpUri, website } from "./field-values";
import type {
  AccountType,
  PromptAnswer,
  SimAccount,
  SimEnvironment,
  SimField,
  SimGroup,
  SimItem,
  SimVariable,
  SimVault,
} from "./model";
import { ALL_PERMISSIONS } from "./permissions";
import type { Rng } from "./random";
import { SERVICES, type Service } from "./services";
import type { World } from "./world";
import type { EnvironmentSpec, FieldSpec, GroupSpec, ItemSpec, VaultSpec } from "./world-specs";

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
