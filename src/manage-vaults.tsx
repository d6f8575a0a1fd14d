import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { VaultList } from "./components/vaults/VaultList";
import { usePreferences } from "./hooks/usePreferences";

export default function Command() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <VaultList preferences={preferences.value} />;
}
