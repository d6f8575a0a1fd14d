import type { LaunchProps } from "@raycast/api";
import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { SaveItemForm } from "./components/save-item/SaveItemForm";
import { usePreferences } from "./hooks/usePreferences";

// Declared here rather than through the generated raycast-env.d.ts, so the code type-checks before the first build.
type SaveItemArguments = { title?: string };

export default function Command(props: LaunchProps<{ arguments: SaveItemArguments }>) {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <SaveItemForm preferences={preferences.value} initialTitle={props.arguments.title} />;
}
