import { AccountHandle } from "./account-handle";
import type { SimClock } from "./clock";
import type { Unique } from "./content";
import type { SimAccount, SimShare, SimSharePolicy, SimVault, VaultOp } from "./model";
import type { Rng } from "./random";
import { opensshForm } from "./ssh";
import { totpCode } from "./totp";
import type { AccountSpec } from "./world-specs";

export { AccountHandle } from "./account-handle";
export type { AccountSpec, EnvironmentSpec, FieldSpec, GroupSpec, ItemSpec, VaultSpec } from "./world-specs";

const UPPER_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Everything the simulated app knows, with the builders tests use to fill it. */
export class World {
  readonly accounts: SimAccount[] = [];
  readonly vaults = new Map<string, SimVault>();
  /** vaultId → ops denied by `denyVault`. */
  readonly deniedVaults = new Map<string, Set<VaultOp>>();
  /** account uuid → its item-sharing policy ("disabled": the account does not allow sharing); default in share-handlers.ts. */
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
