/**
 * What the operating system would do with what a keystroke program received, decoded the way the real language reads
 * it (neither osascript nor PowerShell runs here): the AppleScript `osascript -` reads from standard input, and the
 * SendKeys string Windows' SendWait gets. Anything that is not plainly keystrokes (a string literal that ends early and
 * lets more script in, an unescaped SendKeys key or group) throws: it would not type what it should.
 */

export type KeyEvent = { text: string } | { key: "tab" | "return" | "paste" };

/** An AppleScript string literal starting at `at` (a `"`): its text and where it ends. */
function appleScriptLiteral(source: string, at: number): { text: string; end: number } {
  if (source[at] !== '"') throw new Error(`not a string literal at ${at}: ${source.slice(at, at + 20)}`);
  let text = "";
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"') return { text, end: i + 1 };
    if (c === "\\") {
      const next = source[++i];
      // AppleScript's escapes in a string literal.
      const escapes: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t", r: "\r" };
      if (next === undefined || !(next in escapes)) throw new Error(`AppleScript cannot compile the escape \\${next}`);
      text += escapes[next];
    } else text += c;
  }
  throw new Error("unterminated string literal");
}

/** The keystrokes of a script `tell application "System Events"` … `end tell`, one statement per line. */
export function decodeAppleScript(script: string): KeyEvent[] {
  const lines = script.split(/\r\n|\r|\n/);
  while (lines.at(-1) === "") lines.pop();
  if (lines[0] !== 'tell application "System Events"' || lines.at(-1) !== "end tell") {
    throw new Error(`not one System Events block:\n${script}`);
  }
  const events: KeyEvent[] = [];
  for (const raw of lines.slice(1, -1)) {
    const line = raw.trim();
    if (line === "key code 48") events.push({ key: "tab" });
    else if (line === "key code 36") events.push({ key: "return" });
    else if (line === 'keystroke "v" using command down') events.push({ key: "paste" });
    else if (line.startsWith("keystroke ")) {
      const literal = appleScriptLiteral(line, "keystroke ".length);
      if (literal.end !== line.length) throw new Error(`more script after the text: ${line.slice(literal.end)}`);
      events.push({ text: literal.text });
    } else throw new Error(`not a keystroke statement: ${line}`);
  }
  return merge(events);
}

const SENDKEYS_NAMED: Record<string, KeyEvent> = { TAB: { key: "tab" }, ENTER: { key: "return" } };

/** The keys SendKeys presses for this string (https://learn.microsoft.com/dotnet/api/system.windows.forms.sendkeys). */
export function decodeSendKeys(keys: string): KeyEvent[] {
  const events: KeyEvent[] = [];
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i]!;
    if (c === "{") {
      // "{}}" and "{{}" are the braces themselves; otherwise up to the next "}".
      const close = keys[i + 1] === "}" ? i + 2 : keys.indexOf("}", i + 1);
      if (close < 0) throw new Error("SendKeys: unclosed {");
      const inside = keys.slice(i + 1, close);
      if (inside.length === 1) events.push({ text: inside });
      else if (inside in SENDKEYS_NAMED) events.push(SENDKEYS_NAMED[inside]!);
      else throw new Error(`SendKeys: {${inside}} is not a key this test knows`);
      i = close;
    } else if (c === "^" && keys[i + 1] === "v") {
      events.push({ key: "paste" });
      i += 1;
    } else if (c === "~") events.push({ key: "return" });
    else if ("+^%()[]}".includes(c)) throw new Error(`SendKeys reads "${c}" as a key or group, not as text`);
    else events.push({ text: c });
  }
  return merge(events);
}

/** Adjacent texts as one: what a person sees typed. */
function merge(events: KeyEvent[]): KeyEvent[] {
  const out: KeyEvent[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if ("text" in event && last && "text" in last) out[out.length - 1] = { text: last.text + event.text };
    else out.push(event);
  }
  return out;
}
