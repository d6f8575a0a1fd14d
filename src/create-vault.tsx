import type { LaunchProps } from "@raycast/api";
import { CreateVault } from "./components/vaults/CreateVault";
import { PreferencesProblem } from "./components/vaults/PreferencesProblem";
import { usePreferences } from "./hooks/usePreferences";

export default function Command(props: LaunchProps<{ arguments: Arguments.CreateVault }>) {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <CreateVault preferences={preferences.value} title={props.arguments.title} />;
}
