import { useEffect, useState } from "react";
import type { ItemSummary } from "../../lib/model";
import { MetadataIndex } from "../../onepassword/metadata-index";
import { REPLACEABLE_CATEGORIES } from "../../onepassword/replace-secret";
import type { SaveTargets } from "./useSaveTargets";

/**
 * The item the clipboard's token most likely replaces: one titled as Save Item would title it (the provider's
 * "GitHub Token"), of a category whose secret can be replaced, in a vault that takes changes. Looked up in the
 * metadata index (listed once when nothing is cached); no value is read.
 */
export function useExistingItem(title: string | undefined, targets: SaveTargets): ItemSummary | undefined {
  const [found, setFound] = useState<ItemSummary>();
  const vaultKeys = targets.vaults.map((vault) => `${vault.account}\u0000${vault.id}`).join("\n");
  useEffect(() => {
    setFound(undefined);
    if (!title || targets.vaults.length === 0) return;
    let live = true;
    const wanted = title.trim().toLowerCase();
    const writable = new Set(vaultKeys.split("\n"));
    const accounts = [...new Set(targets.vaults.map((vault) => vault.account))];
    void (async () => {
      const index = new MetadataIndex();
      for (const account of accounts) {
        try {
          const snapshot = index.read(account) ?? (await index.refresh(account));
          for (const list of snapshot.lists) {
            if (!writable.has(`${account}\u0000${list.vault.id}`)) continue;
            for (let i = 0; i < list.size; i++) {
              if (list.archived(i) || list.titles[i]?.trim().toLowerCase() !== wanted) continue;
              const item = list.at(i);
              if (!REPLACEABLE_CATEGORIES.includes(item.category)) continue;
              if (live) setFound(item);
              return;
            }
          }
        } catch {
          // Without the index there is no suggestion; saving works as before.
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [title, vaultKeys]);
  return found;
}
