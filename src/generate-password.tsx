import { GeneratePassword } from "./components/generate-password/GeneratePassword";
import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { usePreferences } from "./hooks/usePreferences";
import { SCREEN_LINKS } from "./screen-links";

export default function Command() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <GeneratePassword preferences={preferences.value} links={SCREEN_LINKS} />;
}
