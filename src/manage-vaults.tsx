import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { VaultList } from "./components/manage-vaults/VaultList";
import { usePreferences } from "./hooks/usePreferences";
import { SCREEN_LINKS } from "./screen-links";

export default function Command() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <VaultList preferences={preferences.value} links={SCREEN_LINKS} />;
}
