import { useEffect, useState } from "react";
import { environmentIdOnClipboard } from "../clipboard/environment-id-on-clipboard";

/** The Environment ID on the clipboard, read once when the Add form opens, so the form can offer it. */
export function useEnvironmentIdFromClipboard(): string | undefined {
  const [id, setId] = useState<string>();
  useEffect(() => {
    let active = true;
    environmentIdOnClipboard()
      .then((found) => {
        if (active && found) setId(found);
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
