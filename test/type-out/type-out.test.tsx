import { host, loadBuiltCommand, type Screen } from "../../test-world/host";
import { clearRecords } from "../../test-world/support/clear-records";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand, turnOnBackgroundClear } from "../../test-world/support/commands";
import { decodeAppleScript, decodeSendKeys, type KeyEvent } from "../../test-world/support/keystroke-decode";
import {
  MAC_OSASCRIPT,
  useFakeKeystrokes,
  WINDOWS_POWERSHELL,
  type FakeKeystrokes,
} from "../../test-world/support/keystroke";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Type Out and Fill Login as they ship: the built Search Secrets, on macOS and on Windows, with stand-in keystroke
 * programs that record their arguments and what they read on standard input. What they read is decoded the way
 * AppleScript and SendKeys read it and compared with the value; the value is never in an argument, and typing writes
 * nothing to the clipboard.
 */

const app = useSimulatedApp();
afterEach(() => host.setAssetsPath(""));

const USERNAME = 'ops+"admin"\\{team}';
/** Every character AppleScript or SendKeys treats specially, and a literal that tries to end the script early. */
const HOSTILE = [
  'canary-q"uote\\back\\\\slash',
  'canary-" end tell\ntell',
  'canary-"\n\tdo shell script "id',
  'canary-x" & (do shell script "id") & "',
  "canary-+^%~(){}[]{{}}+{ENTER}~",
  'canary-\\"end tell\\"',
].filter((value) => !/[\n\t]/.test(value));
const UNTYPABLE = ["canary-line\nbreak", "canary-tab\there", "canary-emoji-🔑-x", "canary-é-accent", "x".repeat(501)];
const FINDER = { name: "Finder", path: "/System/Library/CoreServices/Finder.app", bundleId: "com.apple.finder" };

function login(password: string, otp = false): void {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Web" });
  acme.addItem(vault, {
    title: "Shop",
    category: "Login",
    otp,
    fields: [
      { id: "username", title: "username", value: USERNAME },
      { id: "password", title: "password", value: password, fieldType: "Concealed" },
    ],
  });
}

async function open(preferences: Record<string, unknown> = {}): Promise<Screen> {
  const screen = await openCommand("search-secrets", { module: loadBuiltCommand("search-secrets"), preferences });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 1, { timeout: 10_000 });
  await screen.waitFor((s) => s.actions().some((action) => action.title === "Fill Login" && !s.isLoading()), {
    timeout: 10_000,
  });
  await screen.waitFor((s) => s.actions().some((action) => action.title === "Type Out Password"), { timeout: 10_000 });
  return screen;
}

async function run(screen: Screen, action: string | string[]): Promise<void> {
  const before = host.huds.length + host.toasts.length;
  await screen.runAction(action);
  await screen.waitFor(() => host.huds.length + host.toasts.length > before, { timeout: 10_000 });
}

/** Nothing the extension wrote reached the clipboard: a typed value never touches it. */
const ownWrites = () => host.clipboardHistory.filter((write) => write.via !== "user");

function expectNeverInArguments(keystrokes: FakeKeystrokes, values: readonly string[]): void {
  for (const call of keystrokes.calls())
    for (const value of values) expect(call.args.some((arg) => arg.includes(value))).toBe(false);
}

describe.each([
  ["macOS", "darwin" as const, MAC_OSASCRIPT, ["-"], decodeAppleScript],
  ["Windows", "win32" as const, WINDOWS_POWERSHELL, undefined, decodeSendKeys],
])("on %s", (_name, platform, program, args, decode) => {
  const keystrokes = useFakeKeystrokes(platform);
  const typed = (): KeyEvent[][] => keystrokes.calls().map((call) => decode(call.stdin ?? ""));

  test.each(HOSTILE)("Type Out types %j exactly, from standard input, without the clipboard", async (password) => {
    login(password);
    const screen = await open();
    await run(screen, "Type Out Password");
    expect(host.huds.at(-1)?.title).toBe("Typed password");
    const calls = keystrokes.calls();
    expect(calls.map((call) => [call.program, call.landedIn])).toEqual([[program, "TextEdit"]]);
    if (args) expect(calls[0]!.args).toEqual(args);
    expect(typed()).toEqual([[{ text: password }]]);
    expectNeverInArguments(keystrokes, [password]);
    expect(ownWrites()).toEqual([]);
    expect(keystrokes.plantedRuns()).toEqual([]);
    expectNoLeakOrCrash(app(), [password]);
  });

  test.each(UNTYPABLE)(
    "a value typing cannot enter (%j) is refused in words, nothing typed, a copy offered",
    async (password) => {
      login(password);
      const screen = await open();
      await run(screen, "Type Out Password");
      expect(keystrokes.calls()).toEqual([]);
      // (the window may have closed for 1Password's authorization prompt, never to type)
      expect(host.windowClosures).not.toContain("closeMainWindow");
      expect(host.toast?.title).toBe("Not typed");
      expect(host.toast?.message).toMatch(
        /^The password (has a character typing cannot enter reliably|is longer than 500)/,
      );
      expect(ownWrites()).toEqual([]);
      await host.toast!.runPrimaryAction();
      await screen.waitFor(() => host.clipboard !== undefined, { timeout: 10_000 });
      expect(host.clipboard).toEqual({ text: password, concealed: true });
      expectNoLeakOrCrash(app(), [password]);
    },
  );

  test("Fill Login types username, Tab, password (and Return when asked), and copies the one-time code", async () => {
    const password = HOSTILE[0]!;
    login(password, true);
    await turnOnBackgroundClear();
    const screen = await open({ afterFill: "return" });
    await run(screen, "Fill Login");
    expect(host.huds.at(-1)?.title).toBe("Filled · one-time code copied, clears in 90 s");
    expect(typed()).toEqual([[{ text: USERNAME }, { key: "tab" }, { text: password }, { key: "return" }]]);
    expectNeverInArguments(keystrokes, [USERNAME, password]);
    // The only write is the one-time code, concealed.
    expect(ownWrites()).toEqual([{ text: expect.stringMatching(/^\d{6}$/), concealed: true, via: "copy" }]);
    expectNoLeakOrCrash(app(), [password, USERNAME]);
  });

  test("Fill Login by pasting leaves the clipboard as it was, and no secret on it", async () => {
    const password = "canary-pasted-éè-🔑\nsecond line";
    login(password);
    host.userCopies("the person's own text");
    const screen = await open({ fillBy: "pasting" });
    await run(screen, "Fill Login");
    expect(host.huds.at(-1)?.title).toBe("Filled");
    expect(typed()).toEqual([[{ key: "paste" }, { key: "tab" }], [{ key: "paste" }]]);
    expect(ownWrites().map((write) => [write.text, write.concealed])).toEqual([
      [USERNAME, true],
      [password, true],
      ["the person's own text", true],
    ]);
    expect(host.clipboard).toEqual({ text: "the person's own text", concealed: true });
    expect(clearRecords()).toEqual([]);
    expectNoLeakOrCrash(app(), [password, USERNAME]);
  });

  test("Type Out Field types the picked field", async () => {
    login(HOSTILE[1]!);
    const screen = await open();
    await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Type Out Field" && a.title === "username"));
    await run(screen, ["Type Out Field", "username"]);
    expect(typed()).toEqual([[{ text: USERNAME }]]);
    expect(ownWrites()).toEqual([]);
    expectNoLeakOrCrash(app(), [USERNAME]);
  });

  test("when the app the person was in does not come back to the front, nothing is typed and the HUD says so", async () => {
    login(HOSTILE[0]!);
    const screen = await open();
    host.duringNextWindowClose(() => host.bringToFront(FINDER));
    await run(screen, "Fill Login");
    expect(keystrokes.calls()).toEqual([]);
    expect(host.huds.at(-1)?.title).toBe("Not filled: TextEdit did not come back to the front");
    expect(ownWrites()).toEqual([]);
    expectNoLeakOrCrash(app(), [HOSTILE[0]!]);
  });
});

describe("macOS permissions", () => {
  const keystrokes = useFakeKeystrokes("darwin");

  test("without Accessibility, Type Out says which permission and where", async () => {
    login(HOSTILE[0]!);
    keystrokes.denyAccessibility();
    const screen = await open();
    await run(screen, "Type Out Password");
    expect(host.huds.at(-1)?.title).toBe(
      "Did not type password: allow Raycast in System Settings › Privacy & Security › Accessibility",
    );
    expect(ownWrites()).toEqual([]);
  });

  test("without Automation, Fill Login says which permission and where", async () => {
    login(HOSTILE[0]!);
    keystrokes.denyAutomation();
    const screen = await open();
    await run(screen, "Fill Login");
    expect(host.huds.at(-1)?.title).toBe(
      "Not filled: allow Raycast to control System Events in System Settings › Privacy & Security › Automation",
    );
    expect(ownWrites()).toEqual([]);
  });

  test("with Type Out as the Primary Action, Return types and Command-Return copies", async () => {
    login(HOSTILE[0]!);
    const screen = await open({ primaryAction: "type" });
    expect(
      screen
        .actions()
        .slice(0, 2)
        .map((action) => action.title),
    ).toEqual(["Type Out Password", "Copy Password"]);
    const before = host.huds.length;
    await screen.press("enter");
    await screen.waitFor(() => host.huds.length > before, { timeout: 10_000 });
    expect(keystrokes.calls().map((call) => decodeAppleScript(call.stdin ?? ""))).toEqual([[{ text: HOSTILE[0] }]]);
  });
});
