import { Action, Icon, open } from "@raycast/api";
import type { ItemSummary } from "../../lib/model";
import { openInAppUrl } from "../../domain/open-in-app";
import { SHORTCUTS } from "./shortcuts";

/** Opens the item in the 1Password app (⇧⌘O, as 1Password's own extension binds it). */
export function OpenInAppAction(props: { item: ItemSummary; onOpen?: () => void }) {
  return (
    <Action
      title="Open in 1Password"
      icon={Icon.AppWindow}
      shortcut={SHORTCUTS.openInApp}
      onAction={() => {
        props.onOpen?.();
        void open(openInAppUrl(props.item));
      }}
    />
  );
}
