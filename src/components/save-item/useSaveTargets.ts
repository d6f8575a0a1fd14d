import { LocalStorage } from "@raycast/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { z } from "zod";
import { useVaults } from "../../hooks/useVaults";
import type { AccountRef, VaultSummary } from "../../lib/model";
import { Permission } from "../../lib/permissions";
import { mapWithConcurrency } from "../../onepassword/concurrency";
import type { OnePasswordError } from "../../onepassword/errors";
import { LIMITS } from "../../onepassword/limits";
import { getVaultWithAccess } from "../../onepassword/vaults";
import { readClosedVaults, writeClosedVaults } from "./closed-vaults";
import { parseStoredJson } from "../../lib/stored-json";

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
 * create then says why it failed, and the vault leaves the dropdown). Answers are remembered for an hour
 * (closed-vaults.ts), so the dropdown paints without closed vaults and opening the form asks about new vaults only.
 */
export function useSaveTargets(accounts: readonly AccountRef[]): SaveTargets {
  const all = useVaults(accounts);
  const [known] = useState(readClosedVaults);
  const [refused, setRefused] = useState<ReadonlySet<string>>(known.closed);
  // The latest set, for the probe's answer and a refusal to build on.
  const refusedRef = useRef(refused);
  refusedRef.current = refused;
  const [probing, setProbing] = useState(true);
  const [stored, setStored] = useState<{ ready: boolean; key?: string }>({ ready: false });

  useEffect(() => {
    let live = true;
    void LocalStorage.getItem<string>(LAST_VAULT_KEY).then((raw) => {
      const last = parseStoredJson(lastVaultSchema, raw);
      const key = last ? targetKey({ account: last.account, id: last.vaultId }) : undefined;
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
    // Vaults checked within the hour keep their answer; new ones (and all of them, hourly) are asked about.
    const unchecked = all.vaults.filter((vault) => !known.checked.has(targetKey(vault)));
    void mapWithConcurrency(unchecked, LIMITS.vaultConcurrency, async (vault) => {
      try {
        const { accessors } = await getVaultWithAccess(vault.account, vault.id);
        const anyoneCreates = accessors.some((accessor) => (accessor.permissions & Permission.CREATE_ITEMS) !== 0);
        return { key: targetKey(vault), closed: accessors.length > 0 && !anyoneCreates };
      } catch {
        // Unknown: offered, and not remembered as checked.
        return undefined;
      }
    }).then((answers) => {
      if (!live) return;
      const listed = new Set(all.vaults.map(targetKey));
      const checked = new Set([...known.checked].filter((key) => listed.has(key)));
      const closed = new Set([...refusedRef.current].filter((key) => listed.has(key)));
      for (const answer of answers) {
        if (!answer) continue;
        checked.add(answer.key);
        if (answer.closed) closed.add(answer.key);
        else closed.delete(answer.key);
      }
      writeClosedVaults(checked, closed);
      setRefused(closed);
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
    const closed = new Set([...refusedRef.current, targetKey(vault)]);
    writeClosedVaults(readClosedVaults().checked, closed);
    setRefused(closed);
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
