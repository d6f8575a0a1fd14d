import { ActionPanel, Icon, List } from "@raycast/api";
import type { VaultsState } from "../../hooks/useVaults";
import type { Preferences } from "../../lib/preferences";
import type { ScreenLinks } from "../shared/screen-links";
import { CreateVaultAction } from "./CreateVaultAction";
import { ErrorEmptyView } from "../shared/ErrorEmptyView";

/**
 * What Manage Vaults shows without rows: nothing until every account answered, then the first account's failure
 * when no vault is shown, "No Vaults" with a way to create one, or, when the search hides every row, the query.
 */
export function VaultListEmptyView(props: {
  vaults: VaultsState;
  shownCount: number;
  query: string;
  preferences: Preferences;
  links: Pick<ScreenLinks, "createVault">;
}) {
  const { vaults } = props;
  const firstError = [...vaults.errors.values()][0];
  if (!vaults.hasData) return null;
  if (firstError && props.shownCount === 0) return <ErrorEmptyView error={firstError} onRetry={vaults.revalidate} />;
  const query = props.query.trim();
  if (query && props.shownCount > 0)
    return (
      <List.EmptyView
        icon={Icon.MagnifyingGlass}
        title={`No Vaults Match "${query}"`}
        description="Search looks at vault titles and descriptions."
      />
    );
  return (
    <List.EmptyView
      icon={Icon.Lock}
      title={vaults.isLoading ? "Loading Vaults…" : "No Vaults"}
      description="Create a vault with ⌘N, or check the accounts in the extension's preferences."
      actions={
        <ActionPanel>
          <CreateVaultAction preferences={props.preferences} links={props.links} onCreated={vaults.revalidate} />
        </ActionPanel>
      }
    />
  );
}
