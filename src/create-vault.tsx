import type { LaunchProps } from "@raycast/api";
import { CreateVault } from "./components/create-vault/CreateVault";
import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { usePreferences } from "./hooks/usePreferences";

// Declared here rather than through the generated raycast-env.d.ts, so the code type-checks before the first build.
type CreateVaultArguments = { title?: string };

export default function Command(props: LaunchProps<{ arguments: CreateVaultArguments }>) {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <CreateVault preferences={preferences.value} title={props.arguments.title} />;
}
