import { PreferencesProblem } from "../shared/PreferencesProblem";
import type { SaveItemLinkProps } from "../shared/screen-links";
import { usePreferences } from "../../hooks/usePreferences";
import { SaveItemForm } from "./SaveItemForm";

/** Save Item with the extension's preferences, for screens that push it (Search Secrets, Generate Password). */
export function SaveItemScreen(props: SaveItemLinkProps) {
  const preferences = usePreferences();
  if (!preferences.ok) return <PreferencesProblem message={preferences.error} />;
  return <SaveItemForm {...props} preferences={preferences.value} pushed />;
}
