import { Action, Icon, Keyboard } from "@raycast/api";
import type { Preferences } from "../../lib/preferences";
import type { ScreenLinks } from "../shared/screen-links";

/** Create Vault (⌘N) over Manage Vaults; the list reloads when the form is closed. */
export function CreateVaultAction(props: {
  preferences: Preferences;
  links: Pick<ScreenLinks, "createVault">;
  onCreated: () => void;
}) {
  return (
    <Action.Push
      title="Create Vault"
      icon={Icon.PlusCircle}
      shortcut={Keyboard.Shortcut.Common.New}
      target={props.links.createVault({ preferences: props.preferences })}
      onPop={props.onCreated}
    />
  );
}
