import { Action, Icon, Keyboard } from "@raycast/api";
import { usePreferences } from "../../hooks/usePreferences";
import { PreferencesProblem } from "./PreferencesProblem";
import { CheckConnection } from "./CheckConnection";
import { crossPlatform, keys } from "./shortcut";

/** ⌘⇧K on macOS, Ctrl⇧K on Windows: "Check Connection" from any list or error state of the extension. */
export const CHECK_CONNECTION_SHORTCUT: Keyboard.Shortcut = crossPlatform(
  keys("k", "cmd", "shift"),
  keys("k", "ctrl", "shift"),
);

/** Check Connection for the configured accounts, or what is wrong with the preferences. */
export function CheckConnectionScreen() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <CheckConnection preferences={preferences.value} />;
}

/** Opens Check Connection on top of the current screen. */
export function CheckConnectionAction() {
  return (
    <Action.Push
      title="Check Connection"
      icon={Icon.Heartbeat}
      shortcut={CHECK_CONNECTION_SHORTCUT}
      target={<CheckConnectionScreen />}
    />
  );
}
