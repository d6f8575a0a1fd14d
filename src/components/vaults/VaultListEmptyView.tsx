import { Action, ActionPanel, Icon, Keyboard, List } from "@raycast/api";
import type { VaultsState } from "../../hooks/useVaults";
import type { Preferences } from "../../lib/preferences";
import { CreateVaultForm } from "./CreateVaultForm";
import { ErrorEmptyView } from "../ErrorEmptyView";

/**
 * What Manage Vaults shows without rows: nothing until every account answered, then the first account's failure
 * when no vault is shown, or "No Vaults" with a way to create one.
 */
export function VaultListEmptyView(props: { vaults: VaultsState; shownCount: number; preferences: Preferences }) {
  const { vaults } = props;
  const firstError = [...vaults.errors.values()][0];
  if (!vaults.hasData) return null;
  if (firstError && props.shownCount === 0) return <ErrorEmptyView error={firstError} onRetry={vaults.revalidate} />;
  return (
    <List.EmptyView
      icon={Icon.Lock}
      title={vaults.isLoading ? "Loading Vaults…" : "No Vaults"}
      description="Create a vault with ⌘N, or check the accounts in the extension's preferences."
      actions={
        <ActionPanel>
          <Action.Push
            title="Create Vault"
            icon={Icon.PlusCircle}
            shortcut={Keyboard.Shortcut.Common.New}
            target={<CreateVaultForm preferences={props.preferences} />}
            onPop={vaults.revalidate}
          />
        </ActionPanel>
      }
    />
  );
}
