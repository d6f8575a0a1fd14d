import { Action, ActionPanel, Icon, List, openExtensionPreferences } from "@raycast/api";

/** What a vault screen shows when the preferences cannot be used: the problem in words and the way to fix it. */
export function PreferencesProblem(props: { message: string }) {
  return (
    <List>
      <List.EmptyView
        icon={Icon.Gear}
        title="Check the Extension Preferences"
        description={props.message}
        actions={
          <ActionPanel>
            <Action title="Open Extension Preferences" icon={Icon.Gear} onAction={openExtensionPreferences} />
          </ActionPanel>
        }
      />
    </List>
  );
}
