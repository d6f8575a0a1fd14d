import { Clipboard } from "@raycast/api";
import { useEffect, useState } from "react";
import { isSecretPending } from "../../clipboard/secret-pending";
import { guessClipboard, type ClipboardGuess } from "../../lib/token-shapes";
import type { SaveCategory } from "../../onepassword/new-item";

export interface ClipboardPick {
  /** The value, held in memory for the form only. */
  secret: string;
  guess: ClipboardGuess;
}

/** What the form is filled with from a pick; the person's own typing wins over every part of it. */
export interface PickSuggestion {
  category: SaveCategory;
  title: string;
  credentialType: string;
  tags: string;
  /** Where the value goes: the secret field, or the note (a key file an SSH Key item cannot hold as it is). */
  into: "secret" | "notes";
  /** Where the value came from, in words, for the top of the form. */
  description: string;
}

/** "Personal access token" → "personal access token"; "OpenSSH private key" and "RSA private key" stay as they are. */
const inSentence = (words: string) => (/^[A-Z][a-z]+\b/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words);
const withArticle = (words: string) => `${/^(?:[aeiou]|RSA)/i.test(words) ? "an" : "a"} ${words}`;

export function suggestionFor(guess: ClipboardGuess): PickSuggestion {
  if (guess.kind === "secret") {
    return {
      category: "ApiCredentials",
      title: "",
      credentialType: "",
      tags: "",
      into: "secret",
      description: "From the clipboard: a long random string, taken as the secret.",
    };
  }
  const { shape } = guess;
  const kind = inSentence(shape.type);
  const description =
    shape.category === "SshKey"
      ? `From the clipboard: ${withArticle(kind)}, saved as an SSH Key.`
      : shape.category === "SecureNote"
        ? `From the clipboard: ${withArticle(kind)}, kept whole in a Secure Note (an SSH Key item cannot hold it as it is).`
        : `From the clipboard: ${shape.provider} ${kind} (recognized by its shape).`;
  return {
    category: shape.category,
    title: shape.title,
    credentialType: shape.category === "ApiCredentials" ? shape.type : "",
    tags: shape.tag,
    into: shape.category === "SecureNote" ? "notes" : "secret",
    description,
  };
}

/**
 * What Save Item takes from the clipboard when it opens: a value that looks like a secret, with the provider and the
 * category guessed from its format (a private key is an SSH Key). Ordinary text and placeholders are left alone, and
 * so is a secret this extension copied and is about to clear.
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
