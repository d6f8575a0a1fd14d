import { host, loadBuiltCommand } from "../../test-world/host";
import { plainSecretCopies } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { MAC_OSASCRIPT, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { passTime, startFakeTimers, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * The clipboard as it ships: the built Search Secrets copies and pastes, the built Clear Copied Secret clears on its
 * manifest interval under Raycast's rules (every background launch ended after a few seconds, background refresh on
 * only once the command was opened).
 */
const app = useSimulatedApp();
const keystrokes = useFakeKeystrokes("darwin");
afterEach(() => host.setAssetsPath(""));

test("a paste is a concealed copy plus ⌘V, and the built clear empties the clipboard by its deadline", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  acme.addItem(vault, { title: "Stripe", category: "ApiCredentials" });

  startFakeTimers();
  const clear = loadBuiltCommand("clear-clipboard");
  host.registerCommand("clear-clipboard", clear);
  host.enableBackgroundRefresh("clear-clipboard");
  await passTime(10_000);

  const screen = await openCommand("search-secrets", { module: loadBuiltCommand("search-secrets") });
  await waitWithTime(screen, (s) => !s.isLoading() && s.items().length === 1);
  await waitWithTime(screen, (s) => s.actions().some((action) => action.title === "Paste Credential"));
  await screen.press("cmd+enter");
  await waitWithTime(screen, () => host.huds.length > 0);
  expect(host.huds.at(-1)?.title).toBe("Pasted credential · clears in 90 s");
  expect(keystrokes.calls().map((call) => call.program)).toEqual([MAC_OSASCRIPT]);
  expect(host.clipboard?.concealed).toBe(true);
  expect(host.pastes).toEqual([]);
  expect(
    plainSecretCopies(
      app()
        .allSecretValues()
        .filter((value) => value.length >= 8),
    ),
  ).toEqual([]);

  await screen.unmount();
  await passTime(100_000);
  expect(host.clipboard).toBeUndefined();
  expect(host.backgroundRuns.filter((run) => run.endedByTimeout)).toEqual([]);
});
