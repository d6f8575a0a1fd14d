import { Action, ActionPanel, List } from "@raycast/api";
import { host } from "../host";
import { expectNoneRecorded } from "../support/canary";
import { openCommand, runClearClipboard as runClear } from "../support/commands";
import { advance } from "../support/timers";
import { useHost } from "../support/world";
import * as clearClipboardCommand from "../../src/clear-clipboard";
import { CLEAR_RECORD_KEY } from "../../src/clipboard/clear-record";
import { copySecret, pasteSecret, type SecretClipboardOptions } from "../../src/clipboard/secure-clipboard";
import { LaunchType } from "@raycast/api";

/** A screen a person uses to copy a secret: the same calls Search Secrets makes, without the 1Password layer. */
function CopyScreen(props: { secrets: string[]; options: SecretClipboardOptions }) {
  return (
    <List>
      {props.secrets.map((secret, index) => (
        <List.Item
          key={secret}
          id={`secret-${index}`}
          title={`Secret ${index + 1}`}
          actions={
            <ActionPanel>
              <Action title="Copy Password" onAction={() => copySecret(secret, "password", props.options)} />
              <Action title="Paste Password" onAction={() => pasteSecret(secret, "password", props.options)} />
            </ActionPanel>
          }
        />
      ))}
    </List>
  );
}

const NINETY: SecretClipboardOptions = { clearAfterSeconds: 90, closeWindowAfterCopy: true };
const CANARY = "canary-9f3a1c-password";
const CANARY_2 = "canary-77be02-password";

useHost({ fakeTimers: true });
beforeEach(() => host.registerCommand("clear-clipboard", clearClipboardCommand));

const copyWith = (options: SecretClipboardOptions, secrets = [CANARY]) =>
  openCommand("search-secrets", { module: () => <CopyScreen secrets={secrets} options={options} /> });

test("a copy is concealed, says when it clears, and is cleared at the deadline by the background command", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
  expect(host.huds.map((hud) => hud.title)).toEqual(["Copied password · clears in 90 s"]);
  expect(host.launches).toEqual([
    expect.objectContaining({
      name: "clear-clipboard",
      type: LaunchType.Background,
      context: { token: expect.any(String) },
    }),
  ]);
  await screen.unmount(); // the window closed and the copying command ended

  await advance(89_000);
  expect(host.clipboard?.text).toBe(CANARY);
  await advance(1_500);
  expect(host.clipboard).toBeUndefined();
  expect(host.localStorage[CLEAR_RECORD_KEY]).toBeUndefined();
});

test("the user's own copy in between is left alone", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  host.userCopies("my own notes");
  await advance(91_000);
  expect(host.clipboard).toEqual({ text: "my own notes", concealed: false });
  expect(host.clipboardClears).toBe(0);
});

test("only the newest of two quick copies is tracked", async () => {
  const screen = await copyWith(NINETY, [CANARY, CANARY_2]);
  await screen.press("enter");
  await advance(30_000);
  await screen.moveDown();
  await screen.press("enter");
  // The first copy's deadline passes: its waiting launch stands down, the newer secret stays.
  await advance(61_000);
  expect(host.clipboard?.text).toBe(CANARY_2);
  await advance(30_000);
  expect(host.clipboard).toBeUndefined();
  expect(host.clipboardClears).toBe(1);
});

test('"never" copies concealed and schedules nothing', async () => {
  const screen = await copyWith({ clearAfterSeconds: null, closeWindowAfterCopy: false });
  await screen.press("enter");
  expect(host.clipboard).toEqual({ text: CANARY, concealed: true });
  expect(host.launches).toHaveLength(0);
  expect(host.toasts.at(-1)).toMatchObject({ title: "Copied password", message: "Not cleared automatically" });
  await advance(15 * 60_000);
  expect(host.clipboard?.text).toBe(CANARY);
});

test("a paste is followed by the same check", async () => {
  const screen = await copyWith(NINETY);
  await screen.runAction("Paste Password");
  expect(host.pastes).toEqual([CANARY]);
  expect(host.huds.at(-1)?.title).toBe("Pasted password · clears in 90 s");
  await advance(91_000);
  expect(host.clipboard).toBeUndefined();
});

test("the interval safety net clears an overdue secret when the background launch never happened", async () => {
  // Raycast restarted before the deadline: the waiting background launch is gone (here: never ran).
  host.internal.commands.clear();
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  await advance(95_000);
  expect(host.clipboard?.text).toBe(CANARY);
  await runClear(LaunchType.Background); // the manifest interval's tick
  expect(host.clipboard).toBeUndefined();
});

test("an interval tick before the deadline does nothing and returns at once", async () => {
  host.internal.commands.clear();
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  const before = host.clipboardClears;
  await runClear(LaunchType.Background);
  expect(host.clipboard?.text).toBe(CANARY);
  expect(host.clipboardClears).toBe(before);
});

test("with nothing pending the background command does nothing and exits quickly", async () => {
  jest.useRealTimers();
  host.userCopies("unrelated");
  const started = Date.now();
  await runClear(LaunchType.Background);
  expect(Date.now() - started).toBeLessThan(50);
  expect(host.clipboard?.text).toBe("unrelated");
  expect(host.huds).toHaveLength(0);
});

test("running it by hand clears a pending secret now and says so", async () => {
  const screen = await copyWith(NINETY);
  await screen.press("enter");
  await runClear();
  expect(host.clipboard).toBeUndefined();
  expect(host.huds.at(-1)?.title).toBe("Cleared copied password");
  await runClear();
  expect(host.huds.at(-1)?.title).toBe("No copied secret to clear");
});

test("canary: the value is in no storage, toast, HUD or log; only a salted hash is stored", async () => {
  const screen = await copyWith({ clearAfterSeconds: 90, closeWindowAfterCopy: false });
  await screen.press("enter");
  const record = JSON.parse(String(host.localStorage[CLEAR_RECORD_KEY])) as Record<string, unknown>;
  expect(Object.keys(record).sort()).toEqual(["deadline", "hash", "label", "salt", "token"]);
  expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  const { createHash } = await import("node:crypto");
  const unsalted = createHash("sha256").update(CANARY).digest("hex");
  expectNoneRecorded([CANARY, unsalted]);
  // A second copy of the same value gets a different salt, so equal secrets are not linkable.
  await screen.press("enter");
  const second = JSON.parse(String(host.localStorage[CLEAR_RECORD_KEY])) as Record<string, unknown>;
  expect(second.salt).not.toBe(record.salt);
  expect(second.hash).not.toBe(record.hash);
});
