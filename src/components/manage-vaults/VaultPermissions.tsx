import { Action, ActionPanel, Icon, Keyboard, List } from "@raycast/api";
import { useEffect } from "react";
import { copyText } from "../../clipboard/secure-clipboard";
import { useGroupNames } from "../../hooks/useGroupNames";
import { useGroupPermissionSupport } from "../../hooks/useGroupPermissionSupport";
import { GROUP_PERMISSIONS_UNAVAILABLE } from "../../domain/group-permission-support";
import { useVaultAccess } from "../../hooks/useVaultAccess";
import { useVaultPermissionMutations } from "./useVaultPermissionMutations";
import type { VaultAccessor, VaultSummary } from "../../lib/model";
import { describePermissions, presetOf, presetsFor } from "../../lib/permissions";
import { GroupAccessForm } from "./GroupAccessForm";
import { ErrorEmptyView } from "../shared/ErrorEmptyView";
import { RefreshActions } from "../shared/RefreshActions";

const GRANT_SHORTCUT = Keyboard.Shortcut.Common.New;

/**
 * Who can access a vault: groups by name (the id when the name cannot be fetched) and users by id, each with its
 * preset. A combination no preset matches is shown as "Custom" with its flags and is never rewritten: nothing is
 * sent to 1Password unless the person picks a change.
 */
export function VaultPermissions(props: { vault: VaultSummary }) {
  const { vault } = props;
  const access = useVaultAccess(vault.account, vault.id);
  const groupIds = access.accessors.filter((a) => a.type === "group").map((a) => a.id);
  const names = useGroupNames(vault.account, groupIds);
  const support = useGroupPermissionSupport();
  const { learnFromAccess } = support;
  // Granular permissions on any accessor show a Business account: its granular presets can then be offered.
  useEffect(() => {
    learnFromAccess(
      vault.account,
      access.accessors.map((accessor) => accessor.permissions),
    );
  }, [learnFromAccess, vault.account, access.accessors]);
  const available = support.available(vault.account);
  const presets = presetsFor(support.accountType(vault.account));
  const nameOf = (id: string) => names.get(id) ?? id;
  const mutations = useVaultPermissionMutations(vault, access, support);

  const grantAction = available ? (
    <Action.Push
      title="Grant Group Access"
      icon={Icon.AddPerson}
      shortcut={GRANT_SHORTCUT}
      target={
        <GroupAccessForm
          navigationTitle={`Grant Access to ${vault.title}`}
          submitTitle="Grant Access"
          presets={presets}
          defaultPreset="viewAndReveal"
          onSubmit={mutations.grant}
        />
      }
    />
  ) : null;
  const refreshAction = <RefreshActions onRefresh={access.revalidate} />;

  function groupActions(accessor: VaultAccessor) {
    const name = nameOf(accessor.id);
    const current = presetOf(accessor.permissions);
    return (
      <ActionPanel title={name}>
        <ActionPanel.Section>
          {available ? (
            <ActionPanel.Submenu title="Change Access" icon={Icon.Pencil} shortcut={Keyboard.Shortcut.Common.Edit}>
              {presets.map((preset) => (
                <Action
                  key={preset.id}
                  title={preset.title}
                  icon={current.kind === "preset" && current.id === preset.id ? Icon.Checkmark : Icon.Circle}
                  onAction={() => mutations.changeAccess(accessor, name, preset)}
                />
              ))}
            </ActionPanel.Submenu>
          ) : null}
          {grantAction}
          <Action
            title="Copy Group ID"
            icon={Icon.Clipboard}
            shortcut={Keyboard.Shortcut.Common.Copy}
            onAction={() => void copyText(accessor.id, "group ID")}
          />
        </ActionPanel.Section>
        <ActionPanel.Section>
          {refreshAction}
          <Action
            title="Revoke Access"
            icon={Icon.RemovePerson}
            style={Action.Style.Destructive}
            shortcut={Keyboard.Shortcut.Common.Remove}
            onAction={() => mutations.revoke(accessor, name)}
          />
        </ActionPanel.Section>
      </ActionPanel>
    );
  }

  function accessorItem(accessor: VaultAccessor) {
    const preset = presetOf(accessor.permissions);
    const isGroup = accessor.type === "group";
    const custom = preset.kind === "custom";
    return (
      <List.Item
        key={`${accessor.type}:${accessor.id}`}
        id={`${accessor.type}:${accessor.id}`}
        icon={isGroup ? Icon.TwoPeople : Icon.Person}
        title={isGroup ? nameOf(accessor.id) : accessor.id}
        subtitle={custom ? "Custom" : preset.title}
        keywords={[accessor.id]}
        accessories={custom ? [{ text: describePermissions(accessor.permissions), tooltip: "Custom permissions" }] : []}
        actions={
          isGroup ? (
            groupActions(accessor)
          ) : (
            <ActionPanel>
              <Action
                title="Copy User ID"
                icon={Icon.Clipboard}
                shortcut={Keyboard.Shortcut.Common.Copy}
                onAction={() => void copyText(accessor.id, "user ID")}
              />
              {grantAction}
              {refreshAction}
            </ActionPanel>
          )
        }
      />
    );
  }

  const groups = access.accessors.filter((a) => a.type === "group");
  const users = access.accessors.filter((a) => a.type === "user");
  return (
    <List
      isLoading={access.isLoading}
      navigationTitle={`Access to ${vault.title}`}
      searchBarPlaceholder="Filter groups and users"
    >
      {access.isLoading && access.accessors.length === 0 ? null : access.error && access.accessors.length === 0 ? (
        <ErrorEmptyView error={access.error} onRetry={access.revalidate} />
      ) : (
        <List.EmptyView
          icon={Icon.TwoPeople}
          title="No One Else Has Access"
          description={available ? "Grant a group access with ⌘N." : GROUP_PERMISSIONS_UNAVAILABLE}
          actions={
            <ActionPanel>
              {grantAction}
              {refreshAction}
            </ActionPanel>
          }
        />
      )}
      {!available ? (
        <List.Section title="Groups">
          <List.Item
            id="group-permissions-unavailable"
            icon={Icon.Info}
            title="Group Permissions Unavailable"
            subtitle={GROUP_PERMISSIONS_UNAVAILABLE}
            actions={<ActionPanel>{refreshAction}</ActionPanel>}
          />
        </List.Section>
      ) : null}
      {groups.length > 0 ? (
        <List.Section title="Groups" subtitle={String(groups.length)}>
          {groups.map(accessorItem)}
        </List.Section>
      ) : null}
      {users.length > 0 ? (
        <List.Section title="Users" subtitle={String(users.length)}>
          {users.map(accessorItem)}
        </List.Section>
      ) : null}
    </List>
  );
}
