import { currentCommand, haltIfEnded } from "../context";
import { pausePoint } from "../pause";
import { host } from "../state";

type Content = string | number | { text?: string; file?: unknown; html?: string };

function textOf(content: Content): string {
  if (typeof content === "string" || typeof content === "number") return String(content);
  if (typeof content.text === "string") return content.text;
  if (typeof content.html === "string") return content.html;
  if (content.file !== undefined) return String(content.file);
  throw new TypeError("@raycast/api stand-in: Clipboard content needs text, html or file");
}

/** The stand-in `Clipboard`: one in-memory clipboard; every write is recorded with its concealed flag. */
export const Clipboard = {
  async copy(content: Content, options?: { concealed?: boolean; transient?: boolean }): Promise<void> {
    await haltIfEnded();
    await pausePoint("Clipboard.copy", currentCommand().commandName);
    const text = textOf(content);
    const concealed = Boolean(options?.concealed ?? options?.transient);
    host.clipboard = { text, concealed };
    host.clipboardHistory.push({ text, concealed, via: "copy" });
  },
  async paste(content: Content): Promise<void> {
    await haltIfEnded();
    const text = textOf(content);
    host.pastes.push(text);
    // Raycast pastes through the pasteboard and leaves the text there, visible to clipboard history.
    host.clipboard = { text, concealed: false };
    host.clipboardHistory.push({ text, concealed: false, via: "paste" });
  },
  async clear(): Promise<void> {
    await haltIfEnded();
    await pausePoint("Clipboard.clear", currentCommand().commandName);
    host.clipboard = undefined;
    host.clipboardClears += 1;
  },
  async readText(options?: { offset?: number }): Promise<string | undefined> {
    await haltIfEnded();
    await pausePoint("Clipboard.readText", currentCommand().commandName);
    const offset = options?.offset ?? 0;
    if (offset === 0) {
      const text = host.clipboard?.text;
      const during = host.internal.duringNextRead;
      host.internal.duringNextRead = undefined;
      await during?.();
      return text;
    }
    // Older entries come from clipboard history, which never holds concealed copies.
    const history = host.clipboardHistory.filter((entry) => !entry.concealed).reverse();
    const skipCurrent = host.clipboard && !host.clipboard.concealed ? 0 : -1;
    return history[offset + skipCurrent]?.text;
  },
  async read(options?: { offset?: number }): Promise<{ text: string; file?: string; html?: string }> {
    return { text: (await Clipboard.readText(options)) ?? "" };
  },
};
