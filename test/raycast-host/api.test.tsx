import * as api from "@raycast/api";
import {
  Cache,
  Clipboard,
  Color,
  Icon,
  Keyboard,
  LaunchType,
  LocalStorage,
  Toast,
  Alert,
  environment,
} from "@raycast/api";
import * as path from "node:path";
import { host, resetHost } from "../../test-world/host/index";

afterEach(() => resetHost());

describe("the stand-in module", () => {
  test("reading an export it does not provide throws", () => {
    const loose = api as unknown as Record<string, unknown>;
    expect(() => loose.MenuBarExtra).toThrow("@raycast/api stand-in: unknown export MenuBarExtra");
    expect(() => (api.Action as unknown as Record<string, unknown>).Trash).toThrow("unknown export Action.Trash");
    expect(() => (api.List as unknown as Record<string, unknown>).Foo).toThrow("unknown export List.Foo");
    expect(api.List.Item).toBeDefined();
  });

  test("enum values match @raycast/api", () => {
    expect(Toast.Style).toEqual({ Success: "SUCCESS", Failure: "FAILURE", Animated: "ANIMATED" });
    expect(LaunchType.Background).toBe("background");
    expect(LaunchType.UserInitiated).toBe("userInitiated");
    expect(Alert.ActionStyle.Destructive).toBe("destructive");
    expect(Color.Red).toBe("raycast-red");
    expect(Icon.Key).toBe("Key");
    expect(Keyboard.Shortcut.Common.Copy).toEqual({
      macOS: { modifiers: ["cmd", "shift"], key: "c" },
      Windows: { modifiers: ["ctrl", "shift"], key: "c" },
    });
    expect(Keyboard.Shortcut.Common.Remove).toMatchObject({ macOS: { modifiers: ["ctrl"], key: "x" } });
  });

  test("environment describes the extension and the running command", () => {
    expect(environment.extensionName).toBe("1password-secrets");
    expect(path.basename(environment.assetsPath)).toBe("assets");
    expect(environment.supportPath).toContain("raycast-host-support-");
  });
});

describe("storage", () => {
  test("Cache instances share storage per namespace and notify their own subscribers", () => {
    const a = new Cache({ namespace: "n" });
    const b = new Cache({ namespace: "n" });
    const other = new Cache();
    const seen: [string | undefined, string | undefined][] = [];
    a.subscribe((key, data) => seen.push([key, data]));
    a.set("k", "v");
    expect(b.get("k")).toBe("v");
    expect(b.has("k")).toBe(true);
    expect(other.isEmpty).toBe(true);
    expect(b.remove("k")).toBe(true);
    expect(a.get("k")).toBeUndefined();
    a.set("x", "1");
    a.clear();
    expect(seen).toEqual([
      ["k", "v"],
      ["x", "1"],
      [undefined, undefined],
    ]);
    expect(host.cache).toEqual({ n: {}, "": {} });
  });

  test("LocalStorage is asynchronous and dumps as a plain object", async () => {
    await LocalStorage.setItem("a", "1");
    await LocalStorage.setItem("b", 2);
    expect(await LocalStorage.getItem("a")).toBe("1");
    expect(await LocalStorage.allItems()).toEqual({ a: "1", b: 2 });
    await LocalStorage.removeItem("a");
    expect(host.localStorage).toEqual({ b: 2 });
    await expect(LocalStorage.setItem("c", { no: 1 } as never)).rejects.toThrow("string, number or boolean");
  });

  test("the clipboard records every write with its concealed flag; a paste leaves text visible", async () => {
    await Clipboard.copy("public");
    await Clipboard.copy("secret", { concealed: true });
    expect(host.clipboard).toEqual({ text: "secret", concealed: true });
    expect(await Clipboard.readText()).toBe("secret");
    expect(await Clipboard.readText({ offset: 1 })).toBe("public");
    await Clipboard.paste("pasted");
    expect(host.pastes).toEqual(["pasted"]);
    expect(host.clipboard).toEqual({ text: "pasted", concealed: false });
    host.userCopies("mine");
    await Clipboard.clear();
    expect(host.clipboard).toBeUndefined();
    expect(host.clipboardHistory.map((w) => [w.text, w.concealed, w.via])).toEqual([
      ["public", false, "copy"],
      ["secret", true, "copy"],
      ["pasted", false, "paste"],
      ["mine", false, "user"],
    ]);
  });
});

describe("the frontmost application", () => {
  const finder = { name: "Finder", path: "/System/Library/CoreServices/Finder.app", bundleId: "com.apple.finder" };

  test("is the app in front when Raycast opened, until the focus moves; none in front rejects, as in Raycast", async () => {
    expect(await api.getFrontmostApplication()).toEqual(host.config.frontmostApplication);
    host.duringNextWindowClose(() => host.bringToFront(finder));
    await api.closeMainWindow();
    expect(await api.getFrontmostApplication()).toEqual(finder);
    host.bringToFront(null);
    await expect(api.getFrontmostApplication()).rejects.toThrow();
    resetHost();
    expect((await api.getFrontmostApplication()).name).toBe("TextEdit");
  });
});

describe("holding a command at one call", () => {
  test("the held call waits for resume; other calls and commands go on", async () => {
    const held = host.pauseBefore("LocalStorage.setItem");
    const write = LocalStorage.setItem("k", "held");
    await held.reached;
    expect(host.localStorage.k).toBeUndefined();
    await LocalStorage.setItem("other", 1);
    held.resume();
    await write;
    expect(host.localStorage).toEqual({ other: 1, k: "held" });
  });

  test("a held call can be failed instead: it rejects and writes nothing", async () => {
    const held = host.pauseBefore("LocalStorage.setItem");
    const write = LocalStorage.setItem("k", "never");
    await held.reached;
    held.fail(new Error("disk full"));
    await expect(write).rejects.toThrow("disk full");
    expect(host.localStorage.k).toBeUndefined();
  });
});
