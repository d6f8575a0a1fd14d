import { Action, ActionPanel, Icon, Keyboard, List } from "@raycast/api";
import type { MetadataIndexState } from "../../hooks/useMetadataIndex";
import type { OnePasswordError } from "../../onepassword/errors";
import { ALL } from "./filter-value";
import { VaultFailuresEmptyView } from "./VaultFailuresEmptyView";
import { ErrorEmptyView } from "../shared/ErrorEmptyView";
import type { ScreenLinks } from "../shared/screen-links";
import { RefreshActions } from "../shared/RefreshActions";

export interface ItemListEmptyViewProps {
  index: Pick<
    MetadataIndexState,
    "size" | "errors" | "failures" | "isLoading" | "hasData" | "partial" | "revalidate" | "applyItemChanges"
  >;
  /** Whether failures name their account (more than one account is shown). */
  nameAccounts: boolean;
  scope?: { vaultTitle: string };
  query: string;
  filterValue: string;
  saveItem?: ScreenLinks["saveItem"];
}

/**
 * What Search Secrets shows without rows: the failure when nothing could be loaded, the vaults that failed, an empty
 * account or vault, or no match for the query or filter. Nothing while the rows are still coming.
 */
export function ItemListEmptyView(props: ItemListEmptyViewProps) {
  const { index, scope, query, saveItem } = props;
  const firstError = index.errors.values().next().value as OnePasswordError | undefined;
  if (index.size === 0 && firstError && !index.isLoading)
    return <ErrorEmptyView error={firstError} onRetry={index.revalidate} />;
  if (index.size === 0 && index.failures.size > 0 && !index.isLoading)
    return (
      <VaultFailuresEmptyView failures={index.failures} nameAccounts={props.nameAccounts} retry={index.revalidate} />
    );
  if (index.size === 0)
    return index.isLoading || !index.hasData ? null : (
      <List.EmptyView
        icon={Icon.Lock}
        title="No Items in 1Password"
        description={
          scope ? `"${scope.vaultTitle}" has no items yet.` : "The configured accounts have no items you can see."
        }
        actions={
          <ActionPanel>
            <RefreshActions onRefresh={index.revalidate} />
          </ActionPanel>
        }
      />
    );
  if (index.partial) return null;
  const wanted = query.trim();
  return (
    <List.EmptyView
      icon={Icon.MagnifyingGlass}
      title={wanted ? `No Results for "${wanted}"` : "No Items Match the Filter"}
      description={
        props.filterValue === ALL ? "Check the spelling or try fewer words." : "Try another filter in the dropdown."
      }
      actions={
        saveItem ? (
          <ActionPanel>
            <Action.Push
              title={wanted ? `Save "${wanted}" as a New Item` : "Save New Item"}
              icon={Icon.PlusCircle}
              shortcut={Keyboard.Shortcut.Common.New}
              target={saveItem({
                initialTitle: wanted || undefined,
                onSaved: (item) => index.applyItemChanges(item.account, { upserted: [item] }),
              })}
            />
          </ActionPanel>
        ) : undefined
      }
    />
  );
}
