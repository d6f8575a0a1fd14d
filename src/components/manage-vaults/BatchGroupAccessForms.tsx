import type { VaultSummary } from "../../lib/model";
import type { Preset, PresetId } from "../../lib/permissions";
import { GroupAccessForm, type GroupFormResult } from "./GroupAccessForm";
import { quoted } from "../../domain/vault-words";

const vaultsWord = (targets: readonly VaultSummary[]) => (targets.length === 1 ? "Vault" : "Vaults");
const titles = (targets: readonly VaultSummary[]) => targets.map((vault) => quoted(vault.title)).join(", ");

/** Grants one group access to the vaults that were selected when the form opened. */
export function GrantToSelectedForm(props: {
  targets: readonly VaultSummary[];
  presets: readonly Preset[];
  onSubmit: (groupId: string, preset: PresetId | undefined) => Promise<GroupFormResult>;
}) {
  const { targets } = props;
  return (
    <GroupAccessForm
      navigationTitle={`Grant a Group to ${targets.length} ${vaultsWord(targets)}`}
      submitTitle="Grant Access"
      description={`Gives the group access to ${titles(targets)}.`}
      presets={props.presets}
      defaultPreset="viewAndReveal"
      onSubmit={props.onSubmit}
    />
  );
}

/** Removes one group's access to the vaults that were selected when the form opened. */
export function RevokeFromSelectedForm(props: {
  targets: readonly VaultSummary[];
  onSubmit: (groupId: string) => Promise<GroupFormResult>;
}) {
  const { targets } = props;
  return (
    <GroupAccessForm
      navigationTitle={`Revoke a Group from ${targets.length} ${vaultsWord(targets)}`}
      submitTitle="Revoke Access"
      description={`Removes the group's access to ${titles(targets)}.`}
      presets={[]}
      onSubmit={props.onSubmit}
    />
  );
}
