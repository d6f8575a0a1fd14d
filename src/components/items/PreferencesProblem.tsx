import { Action, ActionPanel, Icon, List, openExtensionPreferences } from "@raycast/api";

/** The preferences cannot be used (no account yet): say what to fix and open them. */
export function PreferencesProblem(props: { message: string }) {
  return (
    <List>
      <List.EmptyView
        icon={Icon.Gear}
        title="Set Up Your 1Password Account"
        description={props.message}
        actions={
          <ActionPanel>
            <Action
              title="Open Extension Preferences"
              icon={Icon.Gear}
              onAction={() => void openExtensionPreferences()}
            />
          </ActionPanel>
        }
      />
    </List>
  );
}
