import { List } from "@raycast/api";
import Fuse from "fuse.js";
import { useMemo, useState } from "react";
import { keyOf } from "../../src/components/items/batch-actions";
import { ItemRow } from "../../src/components/items/ItemRow";
import { ItemScreenProvider, type ItemSelection } from "../../src/components/items/item-screen";
import { usePreferences } from "../../src/hooks/usePreferences";
import type { ItemSummary, VaultSummary } from "../../src/lib/model";
import { hostOf } from "../../src/lib/url";
import { PAGE_SIZE } from "../../src/components/items/ItemList";
import { itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { FUSE_OPTIONS } from "../../src/search/item-search";

/**
 * Benchmark-only: the baseline for keystrokes through the UI. Search Secrets' rows (the same ItemRow, a page of them)
 * over the same cached index, searched by plain `new Fuse(documents, FUSE_OPTIONS)` on every keystroke: no
 * prefilter, no caching. The worker benchmark types the same keystrokes here as in search-secrets.
 */

const ROWS = PAGE_SIZE;
const ignore = () => undefined;
const SELECTION: ItemSelection = {
  count: 0,
  isSelected: () => false,
  toggle: ignore,
  selectAllVisible: ignore,
  clear: ignore,
  archive: ignore,
  remove: ignore,
  copyEnvReferences: ignore,
};

function load(accounts: readonly string[]) {
  const index = new MetadataIndex();
  const items: ItemSummary[] = [];
  const vaults: VaultSummary[] = [];
  for (const account of accounts) {
    const snapshot = index.read(account);
    for (const item of snapshot ? itemsOf(snapshot) : []) if (!item.archived) items.push(item);
    vaults.push(...(snapshot?.vaults ?? []));
  }
  const itemsInVault = (account: string, vaultId: string) =>
    items.filter((item) => item.account === account && item.vaultId === vaultId);
  return { items, vaults, itemsInVault };
}

export default function Command() {
  const preferences = usePreferences();
  const accounts = preferences.ok ? preferences.value.accounts : [];
  const context = useMemo(() => load(accounts), []);
  const fuse = useMemo(() => {
    const documents = context.items.map((item) => ({
      title: item.title,
      hosts: item.websites.map(hostOf).filter((host): host is string => host !== undefined),
      tags: item.tags,
      vault: item.vaultTitle,
      category: item.category,
    }));
    return new Fuse(documents, FUSE_OPTIONS);
  }, [context]);
  const screen = useMemo(
    () =>
      preferences.ok
        ? {
            preferences: preferences.value,
            showAccount: accounts.length > 1,
            references: context,
            recordUse: ignore,
            refresh: ignore,
            saved: ignore,
          }
        : undefined,
    [context],
  );
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    if (query.trim() === "") return context.items.slice(0, ROWS);
    return fuse.search(query, { limit: ROWS }).map((result) => context.items[result.refIndex]!);
  }, [fuse, query]);
  if (!screen) return <List />;
  return (
    <ItemScreenProvider screen={screen} selection={SELECTION}>
      <List filtering={false} onSearchTextChange={setQuery} searchBarPlaceholder="Plain fuse.js">
        <List.Section title="Items">
          {rows.map((item, index) => (
            <ItemRow key={keyOf(item)} id={keyOf(item)} item={item} isSelected={false} primaryOnly={index > 0} />
          ))}
        </List.Section>
      </List>
    </ItemScreenProvider>
  );
}
