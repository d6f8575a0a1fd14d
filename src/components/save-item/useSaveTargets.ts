import { LocalStorage } from "@raycast/api";
import { useCallback, useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { useVaults } from "../../hooks/useVaults";
import type { AccountRef, VaultSummary } from "../../lib/model";
import { Permission } from "../../lib/permissions";
import { mapWithConcurrency } from "../../onepassword/concurrency";
import type { OnePasswordError } from "../../onepassword/errors";
import { LIMITS } from "../../onepassword/limits";
import { getVaultWithAccess } from "../../onepassword/vaults";

export const LAST_VAULT_KEY = "save-item.last-vault";

const lastVaultSchema = z.object({ account: z.string(), vaultId: z.string() });

/** A dropdown value for a vault: ids are base32 (no "@"), account names may hold anything after it. */
export const targetKey = (vault: Pick<VaultSummary, "account" | "id">) => `${vault.id}@${vault.account}`;

export interface SaveTargets {
  /** The vaults of every account that take new items, as far as 1Password tells. */
  vaults: VaultSummary[];
  isLoading: boolean;
  errors: Map<AccountRef, OnePasswordError>;
  /** The remembered choice, once read (undefined until then, or when none is usable). */
  remembered?: string;
  /** Whether the remembered choice has been read (so the form can pick a default only once). */
  ready: boolean;
  remember: (vault: VaultSummary) => void;
  /** After 1Password refused a new item in this vault: it leaves the dropdown. */
  refuse: (vault: VaultSummary) => void;
  /** Lists the vaults again (after a failure). */
  revalidate: () => void;
}

/**
 * The vaults Save Item offers: every configured account's vaults (cached first, then listed), without those that take
 * no new items. The SDK does not say what the signed-in person may do, but a vault's access list does when it can be
 * read: if no user or group on it holds "Create items", nobody can add one. Unreadable lists keep the vault (the
 * create then says why it failed, and the vault leaves the dropdown).
 */
export function useSaveTargets(accounts: readonly AccountRef[]): SaveTargets {
  const all = useVaults(accounts);
  const [refused, setRefused] = useState<ReadonlySet<string>>(() => new Set());
  const [probing, setProbing] = useState(true);
  const [stored, setStored] = useState<{ ready: boolean; key?: string }>({ ready: false });

  useEffect(() => {
    let live = true;
    void LocalStorage.getItem<string>(LAST_VAULT_KEY).then((raw) => {
      let key: string | undefined;
      try {
        const parsed = lastVaultSchema.safeParse(typeof raw === "string" ? JSON.parse(raw) : undefined);
        if (parsed.success) key = targetKey({ account: parsed.data.account, id: parsed.data.vaultId });
      } catch {
        // A corrupt entry is no choice.
      }
      if (live) setStored({ ready: true, key });
    });
    return () => {
      live = false;
    };
  }, []);

  const probeKey = all.isLoading ? "" : all.vaults.map(targetKey).join("\n");
  useEffect(() => {
    if (all.isLoading) return;
    let live = true;
    setProbing(true);
    void mapWithConcurrency(all.vaults, LIMITS.vaultConcurrency, async (vault) => {
      try {
        const { accessors } = await getVaultWithAccess(vault.account, vault.id);
        const anyoneCreates = accessors.some((accessor) => (accessor.permissions & Permission.CREATE_ITEMS) !== 0);
        return accessors.length > 0 && !anyoneCreates ? targetKey(vault) : undefined;
      } catch {
        return undefined;
      }
    }).then((keys) => {
      if (!live) return;
      const closed = keys.filter((key): key is string => key !== undefined);
      if (closed.length > 0) setRefused((previous) => new Set([...previous, ...closed]));
      setProbing(false);
    });
    return () => {
      live = false;
    };
  }, [probeKey]);

  const vaults = useMemo(() => all.vaults.filter((vault) => !refused.has(targetKey(vault))), [all.vaults, refused]);
  const remember = useCallback((vault: VaultSummary) => {
    void LocalStorage.setItem(LAST_VAULT_KEY, JSON.stringify({ account: vault.account, vaultId: vault.id }));
  }, []);
  const refuse = useCallback((vault: VaultSummary) => {
    setRefused((previous) => new Set([...previous, targetKey(vault)]));
  }, []);
  const remembered = stored.key && vaults.some((vault) => targetKey(vault) === stored.key) ? stored.key : undefined;

  return {
    vaults,
    isLoading: all.isLoading || (probing && all.vaults.length > 0),
    errors: all.errors,
    remembered,
    ready: stored.ready,
    remember,
    refuse,
    revalidate: all.revalidate,
  };
}
