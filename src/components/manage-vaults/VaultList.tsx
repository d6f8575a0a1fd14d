import { ActionPanel, Color, Icon, List, useNavigation } from "@raycast/api";
import { useMemo, useState } from "react";
import { useGroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import { useSelection } from "../../hooks/useSelection";
import { useVaultBatchActions } from "./useVaultBatchActions";
import { useVaults } from "../../hooks/useVaults";
import type { AccountRef, VaultSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { ScreenLinks } from "../shared/screen-links";
import { ErrorActions } from "../shared/ErrorActions";
import { AccountDropdown, ALL_ACCOUNTS } from "./AccountDropdown";
import { GrantToSelectedForm, RevokeFromSelectedForm } from "./BatchGroupAccessForms";
import { deleteOneVault } from "./delete-one-vault";
import { VaultActions } from "./VaultActions";
import { VaultListEmptyView } from "./VaultListEmptyView";
import { vaultAccessories, vaultIcon, vaultKeywords } from "./vault-row";
import { vaultNoun } from "../../domain/vault-words";

/**
 * Manage Vaults: every vault of every account with its item count; open, edit, delete, permissions, and batch
 * grant/revoke/delete over selected vaults. Each change updates the list and the stored index in place.
 */
export function VaultList(props: { preferences: Preferences; links: Pick<ScreenLinks, "vaultItems" | "createVault"> }) {
  const { preferences, links } = props;
  const { accounts } = preferences;
  const vaults = useVaults(accounts);
  const selection = useSelection();
  const support = useGroupPermissionSupport();
  const { push } = useNavigation();
  const [accountFilter, setAccountFilter] = useState(ALL_ACCOUNTS);
  const [query, setQuery] = useState("");

  const shown = useMemo(
    () => vaults.vaults.filter((vault) => accountFilter === ALL_ACCOUNTS || vault.account === accountFilter),
    [vaults.vaults, accountFilter],
  );
  const selected = useMemo(
    () => vaults.vaults.filter((vault) => selection.isSelected(vault.id)),
    [vaults.vaults, selection],
  );
  const visibleIds = useMemo(() => shown.map((vault) => vault.id), [shown]);
  const batch = useVaultBatchActions(vaults, selection, support, selected);

  function openBatchGrant() {
    const targets = selected;
    push(
      <GrantToSelectedForm
        targets={targets}
        presets={batch.grantPresets(targets)}
        onSubmit={(groupId, preset) => batch.grant(targets, groupId, preset)}
      />,
    );
  }

  function openBatchRevoke() {
    const targets = selected;
    push(<RevokeFromSelectedForm targets={targets} onSubmit={(groupId) => batch.revoke(targets, groupId)} />);
  }

  function onSaved(vault: VaultSummary) {
    vaults.applyVaultChanges(vault.account, { upserted: [vault] });
  }

  const sectionsShown = accountFilter === ALL_ACCOUNTS ? accounts : [accountFilter];

  function row(vault: VaultSummary) {
    const isSelected = selection.isSelected(vault.id);
    const otherTitles = vaults.vaults
      .filter((other) => other.account === vault.account && other.id !== vault.id)
      .map((other) => other.title);
    return (
      <List.Item
        key={`${vault.account}/${vault.id}`}
        id={vault.id}
        icon={vaultIcon(vault, isSelected)}
        title={vault.title}
        subtitle={vault.description}
        keywords={vaultKeywords(vault)}
        accessories={vaultAccessories(vault, isSelected)}
        actions={
          <VaultActions
            vault={vault}
            preferences={preferences}
            links={links}
            selection={selection}
            selected={selected}
            visibleIds={visibleIds}
            otherTitles={otherTitles}
            onSaved={onSaved}
            showSaved={(saved) => vaults.showWhileRunning(saved.account, { upserted: [saved] })}
            onDelete={(target) => void deleteOneVault(target, vaults, selection)}
            onBatchGrant={openBatchGrant}
            onBatchRevoke={openBatchRevoke}
            onBatchDelete={() => void batch.deleteSelected()}
            onCreated={vaults.revalidate}
            onRefresh={vaults.revalidate}
          />
        }
      />
    );
  }

  return (
    <List
      isLoading={vaults.isLoading}
      // Raycast still filters the rows; the text is only read to word the empty view.
      filtering
      onSearchTextChange={setQuery}
      searchBarPlaceholder="Search vaults by title or description"
      searchBarAccessory={
        accounts.length > 1 ? <AccountDropdown accounts={accounts} onChange={setAccountFilter} /> : undefined
      }
      navigationTitle={selection.size > 0 ? `Manage Vaults · ${selection.size} Selected` : undefined}
    >
      <VaultListEmptyView
        vaults={vaults}
        shownCount={shown.length}
        query={query}
        preferences={preferences}
        links={links}
      />
      {sectionsShown.map((account: AccountRef) => {
        const rows = shown.filter((vault) => vault.account === account);
        const error = vaults.errors.get(account);
        if (rows.length === 0 && !(error && shown.length > 0)) return null;
        return (
          <List.Section key={account} title={account} subtitle={`${rows.length} ${vaultNoun(rows.length)}`}>
            {error && shown.length > 0 ? (
              <List.Item
                id={`error:${account}`}
                icon={{ source: Icon.Warning, tintColor: Color.Orange }}
                title={error.title}
                subtitle={error.hint}
                actions={
                  <ActionPanel>
                    <ErrorActions error={error} onRetry={vaults.revalidate} />
                  </ActionPanel>
                }
              />
            ) : null}
            {rows.map(row)}
          </List.Section>
        );
      })}
    </List>
  );
}
