import os from "node:os";
import type { DesktopAppOptions } from "./app-options";
import type { CallRecord } from "./call-record";
import { DEFAULT_START, SimClock } from "./clock";
import type { SimShare, SimSharePolicy, VaultOp } from "./model";
import { Rng } from "./random";
import { World, type AccountHandle, type AccountSpec } from "./world";

/**
 * The simulated app's data and call log: the builders and data controls tests use, and the settings given at
 * creation. The layers above add faults (app-faults.ts), sessions (app-sessions.ts) and the boundary (app.ts).
 */
export class AppData {
  readonly clock: SimClock;
  readonly world: World;
  installed: boolean;
  integrationEnabled: boolean;
  latencyMs: number;
  batchCap: number;
  /** The platform whose library path the SDK will look for (the SDK asks os.platform() too). */
  readonly platform: NodeJS.Platform;
  readonly calls: CallRecord[] = [];
  readonly unknownInvocations: string[] = [];

  constructor(options: DesktopAppOptions = {}) {
    this.clock = new SimClock(options.startTime ?? DEFAULT_START, options.now);
    this.world = new World(this.clock, new Rng(options.seed ?? "desktop-app"));
    this.installed = options.installed ?? true;
    this.integrationEnabled = options.integrationEnabled ?? true;
    this.latencyMs = options.latencyMs ?? 0;
    this.batchCap = options.batchCap ?? 50;
    this.platform = os.platform();
  }

  // ---- data -------------------------------------------------------------------------------------------------

  addAccount(spec: AccountSpec): AccountHandle {
    return this.world.addAccount(spec);
  }

  /** An account by name or UUID. */
  account(nameOrUuid: string): AccountHandle {
    return this.world.handle(nameOrUuid);
  }

  /** Every field value, note, current OTP code and Environment value in the world (for canary checks). */
  allSecretValues(): string[] {
    return this.world.allSecretValues();
  }

  /** Makes the listed operations on a vault fail with a permission error (default: read, write and manage). */
  denyVault(vaultId: string, ops: VaultOp[] = ["read", "write", "manage"]): void {
    this.world.deniedVaults.set(vaultId, new Set(ops));
  }

  allowVault(vaultId: string): void {
    this.world.deniedVaults.delete(vaultId);
  }

  /** The account's item-sharing policy (default: share-handlers.ts DEFAULT_SHARE_POLICY); "disabled" turns sharing off. */
  setSharePolicy(nameOrUuid: string, policy: SimSharePolicy | "disabled"): void {
    this.world.sharePolicies.set(this.account(nameOrUuid).state.uuid, policy);
  }

  /** Every share link created, oldest first (each link is a secret: allSecretValues lists it). */
  get shares(): readonly SimShare[] {
    return this.world.shares;
  }

  // ---- call log --------------------------------------------------------------------------------------------

  /** Calls of one invocation name, or of a kind ("init_client", "release_client"). */
  callsNamed(name: string): CallRecord[] {
    return this.calls.filter((c) => c.name === name || (c.kind === name && c.name === undefined));
  }

  resetCalls(): void {
    this.calls.length = 0;
    this.unknownInvocations.length = 0;
  }
}
