import { Clipboard } from "@raycast/api";
import { useEffect, useState } from "react";
import { looksLikeEnvironmentId, parseEnvironmentId } from "../lib/environment-id";

/**
 * The Environment ID on the clipboard, if the clipboard holds one (alone or in a short text), so the Add form can
 * offer it. The clipboard's text is read once and only an id-shaped part is kept; anything else (which may be a
 * secret the user just copied) is dropped at once and never stored or shown.
 */
export function useEnvironmentIdFromClipboard(): string | undefined {
  const [id, setId] = useState<string>();
  useEffect(() => {
    let active = true;
    Clipboard.readText()
      .then((text) => {
        if (!active || text === undefined || !looksLikeEnvironmentId(text)) return;
        const parsed = parseEnvironmentId(text);
        if (parsed.ok) setId(parsed.value);
      })
      .catch(() => {
        // Reading the clipboard is a convenience; the user can still paste the id.
      });
    return () => {
      active = false;
    };
  }, []);
  return id;
}
