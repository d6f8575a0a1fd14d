import { EnvironmentList } from "./components/environments/EnvironmentList";
import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { usePreferences } from "./hooks/usePreferences";

export default function Command() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <EnvironmentList preferences={preferences.value} />;
}
