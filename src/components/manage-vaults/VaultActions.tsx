import { Action, ActionPanel, Icon, Keyboard, open } from "@raycast/api";
import { copyText } from "../../clipboard/secure-clipboard";
import type { VaultSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import type { Selection } from "../../hooks/useSelection";
import type { ScreenLinks } from "../shared/screen-links";
import { CreateVaultAction } from "./CreateVaultAction";
import { EditVaultForm } from "./EditVaultForm";
import type { Optimistic } from "../shared/mutation";
import { VAULT_SHORTCUTS } from "./shortcuts";
import { VaultPermissions } from "./VaultPermissions";
import { vaultLink } from "../../domain/vault-link";
import { ClearSelectionAction, SelectAllAction, ToggleSelectionAction } from "../shared/SelectionModeActions";
import { RefreshActions } from "../shared/RefreshActions";

export interface VaultActionsProps {
  vault: VaultSummary;
  preferences: Preferences;
  links: Pick<ScreenLinks, "vaultItems" | "createVault">;
  selection: Selection;
  /** Vaults the batch actions act on (the selected ones). */
  selected: readonly VaultSummary[];
  visibleIds: readonly string[];
  otherTitles: readonly string[];
  onSaved: (vault: VaultSummary) => void;
  /** The list shows an edit while it is saved. */
  showSaved: (vault: VaultSummary) => Optimistic;
  onDelete: (vault: VaultSummary) => void;
  onBatchGrant: () => void;
  onBatchRevoke: () => void;
  onBatchDelete: () => void;
  onCreated: () => void;
  onRefresh: () => void;
}

/** A vault row's actions, most used first: open its items (↵), permissions, edit, then selection and batches. */
export function VaultActions(props: VaultActionsProps) {
  const { vault, selection, selected } = props;
  const isSelected = selection.isSelected(vault.id);
  const count = selected.length;
  return (
    <ActionPanel title={vault.title}>
      <ActionPanel.Section>
        <Action.Push
          title="Open Vault Items"
          icon={Icon.List}
          target={props.links.vaultItems({
            preferences: props.preferences,
            scope: { account: vault.account, vaultId: vault.id, vaultTitle: vault.title },
          })}
        />
        <Action.Push
          title="Manage Permissions"
          icon={Icon.TwoPeople}
          shortcut={VAULT_SHORTCUTS.managePermissions}
          target={<VaultPermissions vault={vault} />}
        />
        <Action.Push
          title="Rename and Edit Description"
          icon={Icon.Pencil}
          shortcut={Keyboard.Shortcut.Common.Edit}
          target={
            <EditVaultForm
              vault={vault}
              otherTitles={props.otherTitles}
              onSaved={props.onSaved}
              showWhileRunning={props.showSaved}
            />
          }
        />
        <Action
          title="Copy Vault ID"
          icon={Icon.Clipboard}
          shortcut={Keyboard.Shortcut.Common.Copy}
          onAction={() => void copyText(vault.id, "vault ID")}
        />
        <Action
          title="Open in 1Password"
          icon={Icon.AppWindow}
          shortcut={VAULT_SHORTCUTS.openIn1Password}
          onAction={() => void open(vaultLink(vault))}
        />
      </ActionPanel.Section>
      <ActionPanel.Section title="Selection">
        <ToggleSelectionAction selected={isSelected} noun="Vault" onToggle={() => selection.toggle(vault.id)} />
        <SelectAllAction title="Select All Vaults" onSelectAll={() => selection.selectAll(props.visibleIds)} />
        {count > 0 ? <ClearSelectionAction onClear={selection.clear} /> : null}
      </ActionPanel.Section>
      {count > 0 ? (
        <ActionPanel.Section title={`${count} Selected`}>
          <Action
            title={`Grant a Group to ${count} ${count === 1 ? "Vault" : "Vaults"}`}
            icon={Icon.AddPerson}
            shortcut={VAULT_SHORTCUTS.grantToSelected}
            onAction={props.onBatchGrant}
          />
          <Action
            title={`Revoke a Group from ${count} ${count === 1 ? "Vault" : "Vaults"}`}
            icon={Icon.RemovePerson}
            shortcut={VAULT_SHORTCUTS.revokeFromSelected}
            onAction={props.onBatchRevoke}
          />
          <Action
            title={`Delete ${count} ${count === 1 ? "Vault" : "Vaults"}`}
            icon={Icon.Trash}
            style={Action.Style.Destructive}
            shortcut={Keyboard.Shortcut.Common.RemoveAll}
            onAction={props.onBatchDelete}
          />
        </ActionPanel.Section>
      ) : null}
      <ActionPanel.Section>
        <CreateVaultAction preferences={props.preferences} links={props.links} onCreated={props.onCreated} />
        <RefreshActions onRefresh={props.onRefresh} />
        <Action
          title="Delete Vault"
          icon={Icon.Trash}
          style={Action.Style.Destructive}
          shortcut={Keyboard.Shortcut.Common.Remove}
          onAction={() => props.onDelete(vault)}
        />
      </ActionPanel.Section>
    </ActionPanel>
  );
}
