import { List } from "@raycast/api";
import { useCallback, useMemo, useState } from "react";
import { useFrecency } from "../../hooks/useFrecency";
import { useMetadataIndex } from "../../hooks/useMetadataIndex";
import { useItemSearch } from "../../hooks/useItemSearch";
import { useItemShape } from "./useItemShape";
import { useRefreshFailureToast } from "../shared/useRefreshFailureToast";
import { useSelection } from "../../hooks/useSelection";
import { usePendingChanges } from "../../hooks/usePendingChanges";
import { useTabSite } from "../../hooks/useTabSite";
import { itemsOnSite } from "../../search/site-items";
import { useVaultFailureToast } from "./useVaultFailureToast";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { ItemFilter, ItemSearchResult } from "../../search/item-search";
import { keyOf, type ItemChange } from "./batch-actions";
import { ALL, filterFor } from "./filter-value";
import { ItemFilterDropdown } from "./ItemFilterDropdown";
import { ItemScreenProvider, useItemScreenValues } from "./item-screen";
import { ItemListEmptyView } from "./ItemListEmptyView";
import { ItemRow } from "./ItemRow";
import { sectionSubtitle } from "./section-subtitle";
import type { ScreenLinks } from "../shared/screen-links";

export interface ItemListScope {
  account: string;
  vaultId: string;
  vaultTitle: string;
}

export interface ItemListProps {
  preferences: Preferences;
  /** Only this vault's items; the navigation title becomes the vault's title. */
  scope?: ItemListScope;
  /** Save Item, pushed from the actions and the empty view; without it they are not offered. */
  links?: Pick<ScreenLinks, "saveItem">;
}

/** "Items"; "3 Selected"; or, when no item has every word of the query, how many of them the rows do have. */
function sectionTitle(selected: number, closest: ItemSearchResult["closest"]): string {
  if (selected > 0) return `${selected} Selected`;
  return closest ? `No Item Has Every Word: Closest Matches (${closest.matched} of ${closest.words} Words)` : "Items";
}

/** Rows rendered per page: what a person can use; rendering thousands costs more per keystroke than the search. */
export const PAGE_SIZE = 50;

/**
 * Every item of every configured account (or of one vault), painted from the cached metadata index at once and
 * refreshed after the first frame, searched as you type, with the item actions and selection mode.
 */
export function ItemList(props: ItemListProps) {
  const { preferences, scope, links } = props;
  const accounts = useMemo(
    () => (scope ? [scope.account] : preferences.accounts),
    [scope?.account, preferences.accounts.join("\u0000")],
  );
  const index = useMetadataIndex(accounts);
  const frecency = useFrecency();
  const selection = useSelection();
  const [query, setQuery] = useState("");
  const [filterValue, setFilterValue] = useState(ALL);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);

  const filter = useMemo<ItemFilter>(() => {
    const chosen = filterFor(filterValue);
    return scope ? { ...chosen, accounts: [scope.account], vaultIds: [scope.vaultId] } : chosen;
  }, [filterValue, scope?.account, scope?.vaultId]);
  const boosts = frecency.size > 0 ? frecency.boosts : undefined;
  const searched = useItemSearch(index, { query, filter, limit, boosts });
  // An archive or delete takes its rows off at once; they come back if 1Password refuses.
  const running = usePendingChanges<{ keys: ReadonlySet<string>; change: ItemChange }>();
  const hideWhileRunning = useCallback(
    (keys: readonly string[], change: ItemChange) => running.pending({ keys: new Set(keys), change }),
    [running.pending],
  );
  const hidden = useCallback(
    (item: ItemSummary) =>
      running.changes.some(({ keys, change }) => keys.has(keyOf(item)) && (change === "removed" || !item.archived)),
    [running.changes],
  );
  const result = useMemo(
    () =>
      running.changes.length === 0 ? searched : { ...searched, items: searched.items.filter((item) => !hidden(item)) },
    [searched, hidden, running.changes],
  );
  // Search Secrets opens with the current tab's logins first; typing searches as before.
  const tabSite = useTabSite(!scope);
  const siteItems = useMemo(
    () => (tabSite ? itemsOnSite(tabSite, index.search, index.firstPage).filter((item) => !hidden(item)) : []),
    [tabSite, index.search, index.firstPage, hidden],
  );
  const siteFirst = siteItems.length > 0 && !query.trim() && filterValue === ALL;
  const shown = useMemo(() => {
    if (!siteFirst) return { site: [], rest: result.items };
    const onSite = new Set(siteItems.map(keyOf));
    return { site: siteItems, rest: result.items.filter((item) => !onSite.has(keyOf(item))) };
  }, [siteFirst, siteItems, result.items]);
  const rows = useMemo(() => (siteFirst ? [...shown.site, ...shown.rest] : result.items), [siteFirst, shown, result]);

  const selectedItem =
    (selectedKey ? (rows.find((item) => keyOf(item) === selectedKey) ?? index.lookup(selectedKey)) : undefined) ??
    rows[0];
  const selectedItemKey = selectedItem ? keyOf(selectedItem) : undefined;
  const details = useItemShape(selectedItem);
  const references = useMemo(
    () => ({ itemsInVault: index.itemsInVault, vaults: index.vaults }),
    [index.itemsInVault, index.vaults],
  );
  const vaults = useMemo(
    () => (scope ? [] : index.vaults.filter((vault) => accounts.includes(vault.account))),
    [index.vaults, accounts, scope],
  );

  useRefreshFailureToast(index.errors, index.size > 0, index.revalidate);
  useVaultFailureToast(index.failures, index.isLoading, accounts.length > 1, index.revalidate);

  const onSearchTextChange = useCallback((text: string) => {
    setQuery(text);
    setLimit(PAGE_SIZE);
  }, []);
  const onFilterChange = useCallback((value: string) => {
    setFilterValue(value);
    setLimit(PAGE_SIZE);
  }, []);

  const { screen, selection: selectionActions } = useItemScreenValues({
    preferences,
    showAccount: accounts.length > 1,
    references,
    index,
    selection,
    visible: rows,
    recordUse: frecency.record,
    hideWhileRunning,
    saveItem: links?.saveItem,
  });
  const renderRow = (item: (typeof rows)[number]) => {
    const key = keyOf(item);
    // By key: after a refresh that changed nothing the rows keep the cached objects (see useItemSearch).
    const isSelectedRow = key === selectedItemKey;
    return (
      <ItemRow
        key={key}
        id={key}
        item={item}
        details={isSelectedRow ? details : undefined}
        primaryOnly={!isSelectedRow}
        isSelected={selection.isSelected(key)}
      />
    );
  };
  const baseTitle = scope?.vaultTitle;
  const navigationTitle =
    selection.size > 0 ? `${baseTitle ?? "Search Secrets"} · ${selection.size} Selected` : baseTitle;

  return (
    <List
      filtering={false}
      onSearchTextChange={onSearchTextChange}
      isLoading={index.isLoading || (!index.hasData && index.errors.size === 0)}
      navigationTitle={navigationTitle}
      searchBarPlaceholder={scope ? `Search ${scope.vaultTitle}` : "Search items by title, website, tag or vault"}
      selectedItemId={selectedKey ?? undefined}
      onSelectionChange={setSelectedKey}
      pagination={{
        hasMore: result.total > limit,
        pageSize: PAGE_SIZE,
        onLoadMore: () => setLimit((n) => n + PAGE_SIZE),
      }}
      searchBarAccessory={
        <ItemFilterDropdown
          accounts={accounts}
          vaults={vaults}
          categories={index.categories}
          scoped={scope !== undefined}
          onChange={onFilterChange}
        />
      }
    >
      <ItemListEmptyView
        index={index}
        nameAccounts={accounts.length > 1}
        scope={scope}
        query={query}
        filterValue={filterValue}
        saveItem={links?.saveItem}
      />
      <ItemScreenProvider screen={screen} selection={selectionActions}>
        {siteFirst ? <List.Section title={`On ${tabSite}`}>{shown.site.map(renderRow)}</List.Section> : null}
        <List.Section
          title={sectionTitle(selection.size, result.closest)}
          subtitle={sectionSubtitle(
            result,
            index.partial,
            index.activeCount,
            !query.trim() && filterValue === ALL && !scope,
          )}
        >
          {shown.rest.map(renderRow)}
        </List.Section>
      </ItemScreenProvider>
    </List>
  );
}
