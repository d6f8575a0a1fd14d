import { ItemList } from "./components/items/ItemList";
import { PreferencesProblem } from "./components/shared/PreferencesProblem";
import { usePreferences } from "./hooks/usePreferences";
import { SCREEN_LINKS } from "./screen-links";

export default function Command() {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <ItemList preferences={preferences.value} links={SCREEN_LINKS} />;
}
