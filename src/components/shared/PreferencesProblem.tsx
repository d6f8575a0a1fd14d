import { Action, ActionPanel, Icon, List, openExtensionPreferences } from "@raycast/api";

/** Shown instead of any command's screen when the preferences cannot be used (no account configured). */
export function PreferencesProblem(props: { message: string }) {
  return (
    <List>
      <List.EmptyView
        icon={Icon.Gear}
        title="Set Up Your 1Password Accounts"
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
