import {
  Action,
  ActionPanel,
  Clipboard,
  environment,
  getPreferenceValues,
  launchCommand,
  LaunchType,
  List,
  type LaunchProps,
} from "@raycast/api";
import { useState } from "react";
import { endFakeTimers, startFakeTimers } from "../../test-world/support/timers";
import { host, resetHost, runCommand, runNoViewCommand } from "../../test-world/host/index";

afterEach(() => resetHost());

const preferences = { accounts: "Personal" };

/** A stand-in for a clear-clipboard command: clears only if the clipboard still holds what it was told. */
async function ClearClipboard(props: LaunchProps<{ launchContext: { text: string } }>) {
  console.log(`clearing in ${environment.commandName} (${environment.launchType})`);
  const current = await Clipboard.readText();
  if (current === props.launchContext?.text) await Clipboard.clear();
  return {
    launchType: props.launchType,
    delay: getPreferenceValues<{ clipboardClearDelay: string }>().clipboardClearDelay,
  };
}

function Copier() {
  return (
    <List>
      <List.Item
        title="Token"
        actions={
          <ActionPanel>
            <Action
              title="Copy Token"
              onAction={async () => {
                await Clipboard.copy("tok", { concealed: true });
                await launchCommand({ name: "clear-clipboard", type: LaunchType.Background, context: { text: "tok" } });
              }}
            />
          </ActionPanel>
        }
      />
    </List>
  );
}

test("launchCommand runs a registered background command in-process, with its own environment", async () => {
  host.registerCommand("clear-clipboard", { default: ClearClipboard });
  const screen = await runCommand(Copier, { commandName: "search-secrets", preferences });
  await screen.press("enter");
  await host.waitForBackground();
  expect(host.launches).toEqual([{ name: "clear-clipboard", type: "background", context: { text: "tok" } }]);
  expect(host.clipboard).toBeUndefined();
  expect(host.backgroundRuns[0]?.result).toEqual({ launchType: "background", delay: "90" });
  expect(host.logs).toContainEqual({
    level: "log",
    text: "clearing in clear-clipboard (background)",
    command: "clear-clipboard",
  });
  expect(environment.commandName).toBe("search-secrets");
  expect(environment.launchType).toBe("userInitiated");
});

test("a background command leaves a clipboard the user changed alone", async () => {
  host.registerCommand("clear-clipboard", { default: ClearClipboard });
  const screen = await runCommand(Copier, { commandName: "search-secrets", preferences });
  await screen.press("enter");
  host.userCopies("something else");
  await host.waitForBackground();
  expect(host.clipboard).toEqual({ text: "something else", concealed: false });
});

test("launching a command that does not exist throws, as in Raycast", async () => {
  await expect(launchCommand({ name: "nope", type: LaunchType.Background })).rejects.toThrow('"nope" does not exist');
});

test("no-view commands are awaited; preferences merge manifest defaults; output is captured", async () => {
  host.userCopies("tok");
  const result = await runNoViewCommand(ClearClipboard, {
    commandName: "clear-clipboard",
    preferences: { ...preferences, clipboardClearDelay: "15" },
    launchContext: { text: "tok" },
  });
  expect(result).toEqual({ launchType: "userInitiated", delay: "15" });
  expect(host.clipboard).toBeUndefined();
  expect(host.logs.map((l) => l.text)).toEqual(["clearing in clear-clipboard (userInitiated)"]);
  expect(host.extensionPreferences).toEqual({ accounts: "Personal", clipboardClearDelay: "15" });
});

test("required preferences and arguments are checked like Raycast does", async () => {
  await expect(runCommand(Copier, { commandName: "search-secrets" })).rejects.toThrow("accounts");
  let seen: unknown;
  function CreateVault(props: LaunchProps<{ arguments: { title: string } }>) {
    seen = props.arguments;
    return <List />;
  }
  await runCommand(CreateVault, { commandName: "create-vault", preferences });
  expect(seen).toEqual({ title: "" });
  expect(host.arguments["create-vault"]).toEqual({ title: "" });
});

test("a render crash is reported, not hidden behind an empty screen", async () => {
  function Broken(): never {
    throw new Error("boom");
  }
  await expect(runCommand(Broken)).rejects.toThrow("the command crashed while rendering: boom");
  expect(host.errors[0]?.source).toBe("render");

  function BreaksLater() {
    const [broken, setBroken] = useState(false);
    if (broken) throw new Error("later");
    return (
      <List>
        <List.Item
          title="Break"
          actions={
            <ActionPanel>
              <Action title="Break" onAction={() => setBroken(true)} />
            </ActionPanel>
          }
        />
      </List>
    );
  }
  const screen = await runCommand(BreaksLater);
  await expect(screen.press("enter")).rejects.toThrow("the command crashed while rendering: later");
  expect(() => screen.items()).toThrow("crashed");
});

test("console output is captured while a command runs, and printed only with HOST_DEBUG=1", async () => {
  function Noisy() {
    console.warn("rendering");
    return <List />;
  }
  const original = console.warn;
  const screen = await runCommand(Noisy);
  expect(console.warn).not.toBe(original);
  expect(host.logs).toContainEqual({ level: "warn", text: "rendering", command: "test-command" });
  await screen.unmount();
  expect(console.warn).toBe(original);
});

describe("Raycast ends commands", () => {
  beforeEach(() => startFakeTimers());
  afterEach(() => endFakeTimers());

  /** A background command that waits, then clears: what a long-lived launch would do. */
  async function SlowClear() {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    await Clipboard.clear();
    return "cleared";
  }

  test("a background launch is ended after host.config.backgroundTimeoutMs: nothing it does later happens", async () => {
    host.registerCommand("clear-clipboard", { default: SlowClear });
    host.userCopies("keep me");
    await launchCommand({ name: "clear-clipboard", type: LaunchType.Background });
    await jest.advanceTimersByTimeAsync(host.config.backgroundTimeoutMs);
    await host.waitForBackground();
    expect(host.backgroundRuns[0]).toMatchObject({ finished: true, endedByTimeout: true });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(host.clipboard?.text).toBe("keep me");
    expect(host.clipboardClears).toBe(0);
    expect(host.errors).toEqual([]);
  });

  test("a launch that finishes in time is not ended", async () => {
    host.registerCommand("clear-clipboard", { default: ClearClipboard });
    await launchCommand({ name: "clear-clipboard", type: LaunchType.Background, context: { text: "x" } });
    await host.waitForBackground();
    expect(host.backgroundRuns[0]).toMatchObject({ finished: true, endedByTimeout: false });
  });

  test("background refresh: off until the command is opened once, then every manifest interval", async () => {
    host.registerCommand("clear-clipboard", { default: ClearClipboard });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(host.backgroundRuns).toHaveLength(0);
    expect(host.backgroundRefreshEnabled("clear-clipboard")).toBe(false);
    await runNoViewCommand({ default: ClearClipboard }, { commandName: "clear-clipboard", preferences });
    expect(host.backgroundRefreshEnabled("clear-clipboard")).toBe(true);
    await jest.advanceTimersByTimeAsync(30_000);
    // The manifest says "10s".
    expect(host.backgroundRuns.map((run) => run.name)).toEqual([
      "clear-clipboard",
      "clear-clipboard",
      "clear-clipboard",
    ]);
    await host.waitForBackground();
    expect(host.backgroundRuns.every((run) => run.finished && !run.endedByTimeout)).toBe(true);
  });

  test("a view command's timers do nothing once its window is gone", async () => {
    function Delayed() {
      return (
        <List>
          <List.Item
            title="Later"
            actions={
              <ActionPanel>
                <Action title="Clear Later" onAction={() => void setTimeout(() => void Clipboard.clear(), 1_000)} />
              </ActionPanel>
            }
          />
        </List>
      );
    }
    host.userCopies("keep me");
    const screen = await runCommand(Delayed, { commandName: "search-secrets", preferences });
    await screen.press("enter");
    await screen.unmount();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(host.clipboard?.text).toBe("keep me");
  });
});
