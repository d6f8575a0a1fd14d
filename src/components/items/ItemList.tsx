import { Action, ActionPanel, Icon, List } from "@raycast/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useFrecency } from "../../hooks/useFrecency";
import { useItemIndex } from "../../hooks/useItemIndex";
import { useItemSearch } from "../../hooks/useItemSearch";
import { useItemShape } from "../../hooks/useItemShape";
import { useSelection } from "../../hooks/useSelection";
import type { AccountRef, ItemCategory, ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { OnePasswordError } from "../../onepassword/errors";
import type { VaultFailure } from "../../onepassword/metadata-index";
import type { ItemFilter } from "../../search/item-search";
import { copyText } from "../../clipboard/secure-clipboard";
import { ErrorActions } from "../ErrorActions";
import { showFailure } from "../failure-toast";
import { archiveSelected, copyEnvReferences, deleteSelected, keyOf, type BatchHost } from "./batch-actions";
import type { ItemHandlers } from "./SelectionActions";
import { ALL, filterFor } from "./filter-value";
import { ItemFilterDropdown } from "./ItemFilterDropdown";
import { ItemRow } from "./ItemRow";
import { SHORTCUTS } from "./shortcuts";
import { describeVaultFailures, showVaultFailures } from "./vault-failures";

/** A key → item lookup that indexes the items the first time it is asked. */
function lazyKeyMap(items: readonly ItemSummary[]): { get: (key: string) => ItemSummary | undefined } {
  let map: Map<string, ItemSummary> | undefined;
  return {
    get: (key) => {
      map ??= new Map(items.map((item) => [keyOf(item), item]));
      return map.get(key);
    },
  };
}

/**
 * "150 of 50,000". While only the stored first page is loaded, the real total is known only for the plain listing
 * (the stored count); for a query or a filter it is left out until the whole index is there.
 */
function sectionSubtitle(
  result: { items: readonly unknown[]; total: number },
  partial: boolean,
  activeCount: number,
  plainListing: boolean,
): string | undefined {
  const total = partial ? (plainListing ? activeCount : undefined) : result.total;
  if (total === undefined) return undefined;
  return total > result.items.length ? `${result.items.length} of ${total}` : `${total}`;
}

export interface ItemListScope {
  account: string;
  vaultId: string;
  vaultTitle: string;
}

export interface ItemListProps {
  preferences: Preferences;
  /** Only this vault's items; the navigation title becomes the vault's title. */
  scope?: ItemListScope;
}

/** Rows rendered per page: what a person can use; rendering thousands costs more per keystroke than the search. */
export const PAGE_SIZE = 150;

/**
 * Every item of every configured account (or of one vault), painted from the cached metadata index at once and
 * refreshed after the first frame, searched as you type, with the item actions and selection mode.
 */
export function ItemList(props: ItemListProps) {
  const { preferences, scope } = props;
  const accounts = useMemo(
    () => (scope ? [scope.account] : preferences.accounts),
    [scope?.account, preferences.accounts.join("\u0000")],
  );
  const index = useItemIndex(accounts);
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
  const boost = useMemo(
    () => (frecency.size > 0 ? (item: ItemSummary) => frecency.boost(keyOf(item)) : undefined),
    [frecency],
  );
  const result = useItemSearch(index.items, { query, filter, limit, boost });

  // Built on first lookup, not per snapshot: keying 50,000 items costs ~30 ms, and the first frame never needs it.
  const byKey = useMemo(() => lazyKeyMap(index.items), [index.items]);
  const selectedItem =
    (selectedKey ? (result.items.find((item) => keyOf(item) === selectedKey) ?? byKey.get(selectedKey)) : undefined) ??
    result.items[0];
  const selectedItemKey = selectedItem ? keyOf(selectedItem) : undefined;
  const details = useItemShape(selectedItem);
  const context = useMemo(() => ({ items: index.items, vaults: index.vaults }), [index.items, index.vaults]);
  const categories = useMemo(() => {
    const seen = new Set<ItemCategory>();
    for (const item of index.items) seen.add(item.category);
    return [...seen].sort();
  }, [index.items]);
  const vaults = useMemo(
    () => (scope ? [] : index.vaults.filter((vault) => accounts.includes(vault.account))),
    [index.vaults, accounts, scope],
  );

  useRefreshFailureToast(index.errors, index.items.length > 0, index.revalidate);
  useVaultFailureToast(index.failures, index.isLoading, accounts.length > 1, index.revalidate);

  const onSearchTextChange = useCallback((text: string) => {
    setQuery(text);
    setLimit(PAGE_SIZE);
  }, []);
  const onFilterChange = useCallback((value: string) => {
    setFilterValue(value);
    setLimit(PAGE_SIZE);
  }, []);

  const frecencyRecord = useRef(frecency.record);
  frecencyRecord.current = frecency.record;
  // The handlers read the latest state through a ref, so one object serves every row for the whole session.
  const latest = useRef({ selection, byKey, result, context, index });
  latest.current = { selection, byKey, result, context, index };
  const handlers = useMemo<ItemHandlers>(() => {
    const targets = (item: ItemSummary): ItemSummary[] => {
      const { selection, byKey } = latest.current;
      if (selection.size === 0) return [item];
      return [...selection.selected].map((key) => byKey.get(key)).filter((found): found is ItemSummary => !!found);
    };
    const batchHost: BatchHost = {
      applyItemChanges: (account, changes) => latest.current.index.applyItemChanges(account, changes),
      keepSelected: (keys) => latest.current.selection.replace(keys),
    };
    return {
      onUsed: (item) => frecencyRecord.current(keyOf(item)),
      refresh: () => latest.current.index.revalidate(),
      toggle: (item) => latest.current.selection.toggle(keyOf(item)),
      selectAllVisible: () => latest.current.selection.selectAll(latest.current.result.items.map(keyOf)),
      clearSelection: () => latest.current.selection.clear(),
      archive: (item) => void archiveSelected(targets(item), batchHost),
      remove: (item) => void deleteSelected(targets(item), batchHost),
      copyEnvReferences: (item) => void copyEnvReferences(targets(item), latest.current.context),
    };
  }, []);
  const baseTitle = scope?.vaultTitle;
  const navigationTitle =
    selection.size > 0 ? `${baseTitle ?? "Search Secrets"} · ${selection.size} Selected` : baseTitle;
  const firstError = index.errors.values().next().value as OnePasswordError | undefined;

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
          categories={categories}
          scoped={scope !== undefined}
          onChange={onFilterChange}
        />
      }
    >
      {index.items.length === 0 && firstError && !index.isLoading ? (
        <List.EmptyView
          icon={Icon.ExclamationMark}
          title={firstError.title}
          description={firstError.hint}
          actions={
            <ActionPanel>
              <ErrorActions error={firstError} onRetry={index.revalidate} />
            </ActionPanel>
          }
        />
      ) : index.items.length === 0 && index.failures.size > 0 && !index.isLoading ? (
        <VaultFailuresEmptyView failures={index.failures} nameAccounts={accounts.length > 1} retry={index.revalidate} />
      ) : index.items.length === 0 ? (
        index.isLoading || !index.hasData ? null : (
          <List.EmptyView
            icon={Icon.Lock}
            title="No Items in 1Password"
            description={
              scope ? `"${scope.vaultTitle}" has no items yet.` : "The configured accounts have no items you can see."
            }
            actions={
              <ActionPanel>
                <Action
                  title="Refresh"
                  icon={Icon.ArrowClockwise}
                  shortcut={SHORTCUTS.refresh}
                  onAction={index.revalidate}
                />
              </ActionPanel>
            }
          />
        )
      ) : index.partial ? null : (
        <List.EmptyView
          icon={Icon.MagnifyingGlass}
          title={query.trim() ? `No Results for "${query.trim()}"` : "No Items Match the Filter"}
          description={
            filterValue === ALL ? "Check the spelling or try fewer words." : "Try another filter in the dropdown."
          }
        />
      )}
      <List.Section
        title={selection.size > 0 ? `${selection.size} Selected` : "Items"}
        subtitle={sectionSubtitle(
          result,
          index.partial,
          index.activeCount,
          !query.trim() && filterValue === ALL && !scope,
        )}
      >
        {result.items.map((item) => {
          const key = keyOf(item);
          // By key: after a refresh that changed nothing the rows keep the cached objects (see useItemSearch).
          const isSelectedRow = key === selectedItemKey;
          return (
            <ItemRow
              key={key}
              id={key}
              item={item}
              showAccount={accounts.length > 1}
              preferences={preferences}
              details={isSelectedRow ? details : undefined}
              context={context}
              isSelected={selection.isSelected(key)}
              selectionCount={selection.size}
              handlers={handlers}
            />
          );
        })}
      </List.Section>
    </List>
  );
}

/** With rows on screen, a failed refresh is a toast (the rows stay); without rows it is the empty view instead. */
function useRefreshFailureToast(errors: Map<string, OnePasswordError>, hasRows: boolean, retry: () => void) {
  const shown = useRef(new Set<OnePasswordError>());
  useEffect(() => {
    if (!hasRows) return;
    for (const error of errors.values()) {
      if (shown.current.has(error)) continue;
      shown.current.add(error);
      void showFailure(error, error.context, retry);
    }
  }, [errors, hasRows, retry]);
}

/**
 * Vaults a refresh could not read: their items are missing (or stale), so say which and why, once per refresh. The
 * toast waits until every account has finished, so one refresh is one toast.
 */
function useVaultFailureToast(
  failures: Map<AccountRef, readonly VaultFailure[]>,
  isLoading: boolean,
  nameAccounts: boolean,
  retry: () => void,
) {
  const shown = useRef<Map<AccountRef, readonly VaultFailure[]>>(undefined);
  useEffect(() => {
    if (isLoading || failures.size === 0 || shown.current === failures) return;
    shown.current = failures;
    const report = describeVaultFailures(failures, nameAccounts);
    if (report) void showVaultFailures(report, retry);
  }, [failures, isLoading, nameAccounts, retry]);
}

/** No rows at all because every vault failed: the same words as the toast, where they stay. */
function VaultFailuresEmptyView(props: {
  failures: Map<AccountRef, readonly VaultFailure[]>;
  nameAccounts: boolean;
  retry: () => void;
}) {
  const report = describeVaultFailures(props.failures, props.nameAccounts);
  if (!report) return null;
  return (
    <List.EmptyView
      icon={Icon.ExclamationMark}
      title={report.title}
      description={report.message}
      actions={
        <ActionPanel>
          <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={props.retry} />
          <Action
            title="Copy Error Details"
            icon={Icon.Clipboard}
            onAction={() => void copyText(report.details, "error details")}
          />
        </ActionPanel>
      }
    />
  );
}
