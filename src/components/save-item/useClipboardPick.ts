import { Clipboard } from "@raycast/api";
import { useEffect, useState } from "react";
import { isSecretPending } from "../../clipboard/secret-pending";
import { guessClipboard, type ClipboardGuess } from "../../lib/token-shapes";

export interface ClipboardPick {
  /** The value, held in memory for the form only. */
  secret: string;
  guess: ClipboardGuess;
}

/**
 * What Save Item takes from the clipboard when it opens: a value that looks like a secret, with the provider guessed
 * from its shape. Ordinary text is left alone, and so is a secret this extension copied and is about to clear.
 */
export function useClipboardPick(enabled: boolean): { pick?: ClipboardPick; ready: boolean } {
  const [state, setState] = useState<{ pick?: ClipboardPick; ready: boolean }>({ ready: !enabled });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void (async () => {
      let pick: ClipboardPick | undefined;
      try {
        if (!(await isSecretPending())) {
          const text = await Clipboard.readText();
          const guess = guessClipboard(text);
          if (text !== undefined && guess) pick = { secret: text.trim(), guess };
        }
      } catch {
        // An unreadable clipboard is an empty one.
      }
      if (live) setState({ pick, ready: true });
    })();
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
