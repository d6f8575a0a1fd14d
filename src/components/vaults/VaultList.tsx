import {
  Action,
  ActionPanel,
  Alert,
  Color,
  confirmAlert,
  Icon,
  Keyboard,
  List,
  showToast,
  Toast,
  useNavigation,
} from "@raycast/api";
import { useMemo, useState } from "react";
import { useGroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import { useSelection } from "../../hooks/useSelection";
import { useVaults } from "../../hooks/useVaults";
import type { AccountRef, VaultSummary } from "../../lib/model";
import { bitsOf, type PresetId, presetsFor } from "../../lib/permissions";
import type { Preferences } from "../../lib/preferences";
import type { BatchReport } from "../../onepassword/batch";
import { deleteVault, grantGroupPermissions, revokeGroupPermissions } from "../../onepassword/vaults";
import { type BatchWords, runBatchWithToast } from "../batch-toast";
import { ErrorActions } from "../ErrorActions";
import { showFailure } from "../failure-toast";
import { checkGroupsExist } from "./check-groups";
import { CreateVaultForm } from "./CreateVaultForm";
import { GroupAccessForm } from "./GroupAccessForm";
import { VaultActions } from "./VaultActions";
import { byAccount, runOnVaults } from "./vault-mutations";
import { itemCount, quoted, undeletableReason, vaultNoun, vaultTypeLabel } from "./vault-words";

const ALL_ACCOUNTS = "all-accounts";

const TYPE_ICONS: Record<VaultSummary["type"], Icon> = {
  personal: Icon.Person,
  everyone: Icon.TwoPeople,
  transfer: Icon.Tray,
  userCreated: Icon.Lock,
  unsupported: Icon.QuestionMarkCircle,
};

const words = (progressive: string, past: string, verb: string): BatchWords => ({
  progressive,
  past,
  verb,
  noun: vaultNoun,
});
const GRANT_WORDS = words("Granting access to", "Granted access to", "grant access to");
const REVOKE_WORDS = words("Revoking access from", "Revoked access from", "revoke access from");
const DELETE_WORDS = words("Deleting", "Deleted", "delete");

/**
 * Manage Vaults: every vault of every account with its item count; open, edit, delete, permissions, and batch
 * grant/revoke/delete over selected vaults. Each change updates the list and the stored index in place.
 */
export function VaultList(props: { preferences: Preferences }) {
  const { preferences } = props;
  const { accounts } = preferences;
  const vaults = useVaults(accounts);
  const selection = useSelection();
  const support = useGroupPermissionSupport();
  const { push } = useNavigation();
  const [accountFilter, setAccountFilter] = useState(ALL_ACCOUNTS);

  const shown = useMemo(
    () => vaults.vaults.filter((vault) => accountFilter === ALL_ACCOUNTS || vault.account === accountFilter),
    [vaults.vaults, accountFilter],
  );
  const selected = useMemo(
    () => vaults.vaults.filter((vault) => selection.isSelected(vault.id)),
    [vaults.vaults, selection],
  );
  const visibleIds = useMemo(() => shown.map((vault) => vault.id), [shown]);
  const vaultById = useMemo(() => new Map(vaults.vaults.map((vault) => [vault.id, vault])), [vaults.vaults]);

  function removeFromList(ids: readonly string[]) {
    for (const [account, gone] of byAccount(ids.map((id) => vaultById.get(id)).filter((v): v is VaultSummary => !!v))) {
      vaults.applyVaultChanges(account, { removed: gone.map((vault) => vault.id) });
    }
  }

  /** Keeps exactly the failed vaults selected, so the next try acts on them. */
  function keepFailedSelected(report: BatchReport<string> | undefined) {
    if (report) selection.replace(report.failed.map((failure) => failure.key));
  }

  function learnFromReport(report: BatchReport<string> | undefined) {
    for (const failure of report?.failed ?? []) {
      const vault = vaultById.get(failure.key);
      if (vault) support.learnFrom(vault.account, failure.error);
    }
  }

  async function deleteOne(vault: VaultSummary) {
    const refused = undeletableReason(vault);
    if (refused) {
      await showToast({ style: Toast.Style.Failure, title: "This Vault Cannot Be Deleted", message: refused });
      return;
    }
    const confirmed = await confirmAlert({
      title:
        vault.itemCount === 0
          ? `Delete ${quoted(vault.title)}?`
          : `Delete ${quoted(vault.title)} and its ${itemCount(vault.itemCount)}?`,
      message: "The vault and everything in it are deleted for everyone who can access it. This cannot be undone.",
      icon: Icon.Trash,
      primaryAction: { title: "Delete Vault", style: Alert.ActionStyle.Destructive },
    });
    if (!confirmed) return;
    const toast = await showToast({ style: Toast.Style.Animated, title: `Deleting ${quoted(vault.title)}…` });
    try {
      await deleteVault(vault.account, vault.id);
      vaults.applyVaultChanges(vault.account, { removed: [vault.id] });
      if (selection.isSelected(vault.id)) selection.toggle(vault.id);
      toast.style = Toast.Style.Success;
      toast.title = `Deleted vault ${quoted(vault.title)}`;
    } catch (error) {
      await toast.hide();
      await showFailure(error, { operation: `Deleting vault "${vault.title}"`, account: vault.account });
    }
  }

  /** The group must exist in every account involved; otherwise the form says so before anything changes. */
  async function checkGroupEverywhere(
    targets: readonly VaultSummary[],
    groupId: string,
  ): Promise<string | "stay" | void> {
    const accountsInvolved = [...byAccount(targets).keys()];
    for (const account of accountsInvolved) {
      const check = await checkGroupsExist(account, [groupId]);
      if (check.kind === "missing")
        return accountsInvolved.length > 1 ? `No group with this ID in ${account}.` : check.message;
      if (check.kind === "failed") {
        await showFailure(check.error, check.error.context);
        return "stay";
      }
    }
  }

  function openBatchGrant() {
    const targets = selected;
    // Granular presets only when every account involved is known to accept them.
    const allBusiness = targets.every((vault) => support.accountType(vault.account) === "business");
    const presets = presetsFor(allBusiness && targets.length > 0 ? "business" : "unknown");
    push(
      <GroupAccessForm
        navigationTitle={`Grant a Group to ${targets.length} ${targets.length === 1 ? "Vault" : "Vaults"}`}
        submitTitle="Grant Access"
        description={`Gives the group access to ${targets.map((vault) => quoted(vault.title)).join(", ")}.`}
        presets={presets}
        defaultPreset="viewAndReveal"
        onSubmit={async (groupId, preset: PresetId | undefined) => {
          const problem = await checkGroupEverywhere(targets, groupId);
          if (problem) return problem;
          const bits = bitsOf(preset ?? "viewAndReveal");
          const report = await runBatchWithToast(targets.length, GRANT_WORDS, () =>
            runOnVaults(targets, "Granting group access", (vault) =>
              grantGroupPermissions(vault.account, vault.id, groupId, bits),
            ),
          );
          learnFromReport(report);
          keepFailedSelected(report);
          if (!report) return "stay";
        }}
      />,
    );
  }

  function openBatchRevoke() {
    const targets = selected;
    push(
      <GroupAccessForm
        navigationTitle={`Revoke a Group from ${targets.length} ${targets.length === 1 ? "Vault" : "Vaults"}`}
        submitTitle="Revoke Access"
        description={`Removes the group's access to ${targets.map((vault) => quoted(vault.title)).join(", ")}.`}
        presets={[]}
        onSubmit={async (groupId) => {
          const problem = await checkGroupEverywhere(targets, groupId);
          if (problem) return problem;
          const report = await runBatchWithToast(targets.length, REVOKE_WORDS, () =>
            runOnVaults(targets, "Revoking group access", (vault) =>
              revokeGroupPermissions(vault.account, vault.id, groupId),
            ),
          );
          learnFromReport(report);
          keepFailedSelected(report);
          if (!report) return "stay";
        }}
      />,
    );
  }

  async function batchDelete() {
    const kept = selected.filter((vault) => undeletableReason(vault) !== undefined);
    const targets = selected.filter((vault) => undeletableReason(vault) === undefined);
    if (targets.length === 0) {
      await showToast({
        style: Toast.Style.Failure,
        title: "These Vaults Cannot Be Deleted",
        message: "Personal and everyone vaults are kept by 1Password.",
      });
      return;
    }
    const items = targets.reduce((sum, vault) => sum + vault.itemCount, 0);
    const vaultWord = targets.length === 1 ? "Vault" : "Vaults";
    const confirmed = await confirmAlert({
      title: `Delete ${targets.length} ${vaultWord} and ${items} ${items === 1 ? "Item" : "Items"}?`,
      message: [
        targets.map((vault) => quoted(vault.title)).join(", ") +
          " and everything in them are deleted. This cannot be undone.",
        kept.length > 0
          ? `${kept.map((vault) => quoted(vault.title)).join(", ")} ${kept.length === 1 ? "stays" : "stay"}: 1Password does not allow deleting personal or everyone vaults.`
          : undefined,
      ]
        .filter(Boolean)
        .join("\n\n"),
      icon: Icon.Trash,
      primaryAction: { title: `Delete ${targets.length} ${vaultWord}`, style: Alert.ActionStyle.Destructive },
    });
    if (!confirmed) return;
    const report = await runBatchWithToast(targets.length, DELETE_WORDS, () =>
      runOnVaults(targets, "Deleting vault", (vault) => deleteVault(vault.account, vault.id)),
    );
    if (report) removeFromList(report.succeeded);
    keepFailedSelected(report);
  }

  function onSaved(vault: VaultSummary) {
    vaults.applyVaultChanges(vault.account, { upserted: [vault] });
  }

  const firstError = [...vaults.errors.values()][0];
  const sectionsShown = accountFilter === ALL_ACCOUNTS ? accounts : [accountFilter];

  function row(vault: VaultSummary) {
    const isSelected = selection.isSelected(vault.id);
    const otherTitles = vaults.vaults
      .filter((other) => other.account === vault.account && other.id !== vault.id)
      .map((other) => other.title);
    const accessories: List.Item.Accessory[] = [];
    if (isSelected)
      accessories.push({ icon: { source: Icon.CheckCircle, tintColor: Color.Green }, tooltip: "Selected" });
    if (vault.type !== "userCreated") accessories.push({ tag: vaultTypeLabel(vault.type) });
    accessories.push({ text: itemCount(vault.itemCount) });
    accessories.push({
      date: new Date(vault.updatedAt),
      tooltip: `Updated ${new Date(vault.updatedAt).toLocaleString()}`,
    });
    return (
      <List.Item
        key={`${vault.account}/${vault.id}`}
        id={vault.id}
        icon={isSelected ? { source: Icon.CheckCircle, tintColor: Color.Green } : TYPE_ICONS[vault.type]}
        title={vault.title}
        subtitle={vault.description}
        keywords={[...vault.description.split(/\s+/).filter(Boolean), vaultTypeLabel(vault.type), vault.account]}
        accessories={accessories}
        actions={
          <VaultActions
            vault={vault}
            preferences={preferences}
            selection={selection}
            selected={selected}
            visibleIds={visibleIds}
            otherTitles={otherTitles}
            onSaved={onSaved}
            onDelete={(target) => void deleteOne(target)}
            onBatchGrant={openBatchGrant}
            onBatchRevoke={openBatchRevoke}
            onBatchDelete={() => void batchDelete()}
            onCreated={vaults.revalidate}
            onRefresh={vaults.revalidate}
          />
        }
      />
    );
  }

  const accountDropdown =
    accounts.length > 1 ? (
      <List.Dropdown id="account" tooltip="Account" storeValue onChange={setAccountFilter}>
        <List.Dropdown.Item value={ALL_ACCOUNTS} title="All Accounts" icon={Icon.Globe} />
        <List.Dropdown.Section title="Accounts">
          {accounts.map((account) => (
            <List.Dropdown.Item key={account} value={account} title={account} icon={Icon.Person} />
          ))}
        </List.Dropdown.Section>
      </List.Dropdown>
    ) : undefined;

  return (
    <List
      isLoading={vaults.isLoading}
      searchBarPlaceholder="Search vaults by title or description"
      searchBarAccessory={accountDropdown}
      navigationTitle={selection.size > 0 ? `Manage Vaults · ${selection.size} Selected` : undefined}
    >
      {!vaults.hasData ? null : firstError && shown.length === 0 ? (
        <List.EmptyView
          icon={Icon.Warning}
          title={firstError.title}
          description={firstError.hint}
          actions={
            <ActionPanel>
              <ErrorActions error={firstError} onRetry={vaults.revalidate} />
            </ActionPanel>
          }
        />
      ) : (
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
                target={<CreateVaultForm preferences={preferences} />}
                onPop={vaults.revalidate}
              />
            </ActionPanel>
          }
        />
      )}
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
