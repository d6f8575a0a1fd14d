import { Action, Icon, Keyboard } from "@raycast/api";
import { CheckConnectionAction } from "./CheckConnectionAction";

/** Refresh (⌘R) and Check Connection (⌘⇧K): the last actions of every list of the extension. */
export function RefreshActions(props: { onRefresh: () => void }) {
  return (
    <>
      <Action
        title="Refresh"
        icon={Icon.ArrowClockwise}
        shortcut={Keyboard.Shortcut.Common.Refresh}
        onAction={props.onRefresh}
      />
      <CheckConnectionAction />
    </>
  );
}
