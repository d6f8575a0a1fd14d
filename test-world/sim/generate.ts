import type { DesktopApp } from "./app";
import type { AccountHandle } from "./account-handle";
import { ACCOUNT_PRESETS, CATEGORY_WEIGHTS, GROUP_NAMES, itemTitle, TAGS, VAULT_NAMES } from "./generated-names";
import { ENV_APPS, ENV_STAGES, VARIABLES, type VariableTemplate } from "./generated-variables";
import type { AccountType, VaultType } from "./model";
import { ALLOW_EDITING, ALLOW_MANAGING, ALLOW_VIEWING, ALL_PERMISSIONS, MANAGE_VAULT } from "./permissions";
import { Rng } from "./random";
import { SERVICES } from "./services";

export interface WorldOptions {
  /** Same seed, same world: ids, titles and values. */
  seed: string | number;
  /** Number of accounts (business, individual, teams, family, then more business accounts). */
  accounts: number;
  /** Total vaults across all accounts (at least one per account). */
  vaults: number;
  /** Total items across all vaults. */
  items: number;
  /** User-defined groups per Business or Teams account (default 4). */
  groups?: number;
  /** Total Environments across all accounts (default 2 per account). */
  environments?: number;
}

export interface GeneratedAccount {
  name: string;
  uuid: string;
  type: AccountType;
  vaultIds: string[];
  groupIds: string[];
  environmentIds: string[];
}

export interface GeneratedWorld {
  accounts: GeneratedAccount[];
  vaultCount: number;
  itemCount: number;
}

/** Splits `total` into `parts` shares drawn around the mean, deterministically; every share ≥ `min`. */
function split(rng: Rng, total: number, parts: number, min: number): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, total - min * parts);
  const shares = weights.map((w) => min + Math.floor((spare * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

function accountName(app: DesktopApp, index: number): { name: string; type: AccountType } {
  const preset = ACCOUNT_PRESETS[index] ?? { name: `Client ${index - ACCOUNT_PRESETS.length + 1}`, type: "business" };
  let name = preset.name;
  for (let n = 2; app.world.findAccount(name); n++) name = `${preset.name} ${n}`;
  return { name, type: preset.type };
}

/**
 * Fills the app with a deterministic, realistic world: accounts of each type, vaults with groups' access, items of
 * weighted categories for developer services (with TOTP, tags, archived items), and Environments. Every generated
 * secret value is unique, so any of them can be used as a canary.
 */
export function generateWorld(app: DesktopApp, options: WorldOptions): GeneratedWorld {
  const rng = new Rng(`world:${options.seed}`);
  const now = app.clock.now();
  const threeYears = 3 * 365 * 24 * 3600 * 1000;
  const accountCount = Math.max(1, options.accounts);
  const vaultShares = split(rng, Math.max(options.vaults, accountCount), accountCount, 1);
  const envShares = split(rng, options.environments ?? accountCount * 2, accountCount, 0);
  const accounts: { handle: AccountHandle; out: GeneratedAccount }[] = [];
  const allVaults: { handle: AccountHandle; vaultId: string }[] = [];

  for (let a = 0; a < accountCount; a++) {
    const { name, type } = accountName(app, a);
    const handle = app.world.addAccount({ name, type }, rng);
    const out: GeneratedAccount = { name, uuid: handle.uuid, type, vaultIds: [], groupIds: [], environmentIds: [] };
    accounts.push({ handle, out });
    const teamLike = type === "business" || type === "teams";

    const userGroups: string[] = [];
    let admins: string | undefined;
    if (teamLike) {
      out.groupIds.push(handle.addGroup({ title: "Owners", groupType: "owners" }, rng));
      admins = handle.addGroup({ title: "Administrators", groupType: "administrators" }, rng);
      out.groupIds.push(admins);
      const count = options.groups ?? 4;
      for (let g = 0; g < count; g++) {
        const base = GROUP_NAMES[g % GROUP_NAMES.length] ?? "Team";
        const title = g < GROUP_NAMES.length ? base : `${base} ${Math.floor(g / GROUP_NAMES.length) + 1}`;
        const id = handle.addGroup({ title, description: `${title} team members` }, rng);
        userGroups.push(id);
        out.groupIds.push(id);
      }
    }

    const vaultCount = vaultShares[a] ?? 1;
    for (let v = 0; v < vaultCount; v++) {
      let title: string;
      let vaultType: VaultType = "userCreated";
      if (v === 0) {
        title = "Private";
        vaultType = "personal";
      } else if (v === 1 && teamLike) {
        title = "Shared";
        vaultType = "everyone";
      } else {
        const base = VAULT_NAMES[(v - 2 + VAULT_NAMES.length) % VAULT_NAMES.length] ?? "Vault";
        const round = Math.floor((v - 2) / VAULT_NAMES.length);
        title = round > 0 ? `${base} ${round + 1}` : base;
      }
      const created = now - Math.floor(rng.next() * threeYears);
      const vaultId = handle.addVault(
        {
          title,
          description: vaultType === "userCreated" ? `Secrets for the ${title} team` : "",
          type: vaultType,
          permissions: ALL_PERMISSIONS,
          createdAt: created,
        },
        rng,
      );
      out.vaultIds.push(vaultId);
      allVaults.push({ handle, vaultId });
      if (teamLike && vaultType === "userCreated") {
        if (admins) handle.grant(vaultId, admins, MANAGE_VAULT);
        const picks = Math.min(userGroups.length, rng.int(1, 2));
        for (let g = 0; g < picks; g++) {
          const group = rng.pick(userGroups);
          const editing = type === "business" ? rng.chance(0.5) : rng.chance(0.4);
          handle.grant(vaultId, group, editing ? ALLOW_VIEWING | ALLOW_EDITING : ALLOW_VIEWING);
        }
        if (rng.chance(0.2) && userGroups.length > 0) {
          handle.grant(vaultId, rng.pick(userGroups), ALLOW_VIEWING | ALLOW_EDITING | ALLOW_MANAGING);
        }
      }
    }

    const envCount = envShares[a] ?? 0;
    const usedNames = new Set<string>();
    for (let e = 0; e < envCount; e++) {
      let name = `${rng.pick(ENV_APPS)}-${rng.pick(ENV_STAGES)}`;
      for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/-\d+$/, "")}-${n}`;
      usedNames.add(name);
      const count = rng.int(5, Math.min(12, VARIABLES.length));
      const start = rng.int(0, VARIABLES.length - 1);
      const variables = Array.from({ length: count }, (_, i) => {
        const t = VARIABLES[(start + i) % VARIABLES.length] as VariableTemplate;
        return { name: t.name, value: app.world.unique(() => t.value(rng)), masked: t.masked };
      });
      out.environmentIds.push(handle.addEnvironment({ name, variables }, rng));
    }
  }

  const itemShares = split(rng, options.items, allVaults.length, 0);
  let itemCount = 0;
  allVaults.forEach(({ handle, vaultId }, index) => {
    const count = itemShares[index] ?? 0;
    for (let i = 0; i < count; i++) {
      const service = rng.pick(SERVICES);
      const category = rng.weighted(CATEGORY_WEIGHTS);
      const created = now - Math.floor(rng.next() * threeYears);
      const updated = created + Math.floor(rng.next() * (now - created));
      const tags: string[] = [];
      const tagCount = rng.weighted([
        [0, 4],
        [1, 3],
        [2, 2],
        [3, 1],
      ] as const);
      for (let t = 0; t < tagCount; t++) {
        const tag = rng.pick(TAGS);
        if (!tags.includes(tag)) tags.push(tag);
      }
      const withSite =
        category === "Login" || category === "ApiCredentials" || category === "Server" || category === "Database";
      handle.addItem(
        vaultId,
        {
          title: itemTitle(rng, category, service),
          category,
          websites: withSite ? [service.host] : [],
          tags,
          archived: rng.chance(0.06),
          otp: category === "Login" && rng.chance(0.25),
          createdAt: created,
          updatedAt: updated,
        },
        rng,
        service,
      );
      itemCount++;
    }
  });

  return { accounts: accounts.map((a) => a.out), vaultCount: allVaults.length, itemCount };
}
