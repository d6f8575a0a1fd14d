import { getPreferenceValues } from "@raycast/api";
import { useMemo } from "react";
import { parsePreferences } from "../lib/preferences";
import type { Result } from "../lib/result";
import type { Preferences } from "../lib/preferences";

/** The extension's preferences, parsed once per mount (never at module load, so tests control them). */
export function usePreferences(): Result<Preferences> {
  return useMemo(() => parsePreferences(getPreferenceValues()), []);
}
