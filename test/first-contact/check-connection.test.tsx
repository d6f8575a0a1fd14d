import { host, loadBuiltCommand, type Screen } from "../../test-world/host";
import { leaksIn } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { advance, startFakeTimers, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";
import { LIMITS } from "../../src/onepassword/limits";

/**
 * Check Connection, as shipped: each step from Raycast to an account's vaults shown passed, failed with its fix, or
 * not reached, for the ways first contact really goes wrong; and a report fit for a public support thread.
 */
const app = useSimulatedApp();
const SECRET = "canary-check-connection-value-4f9a1c";
beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Secret Project Vault" });
  acme.addItem(vault, {
    title: "Hidden Item Title",
    category: "Login",
    fields: [{ id: "password", title: "password label", fieldType: "Concealed", value: SECRET }],
  });
});
afterEach(() => host.setAssetsPath(""));

const open = (accounts = "Acme") =>
  openCommand("check-connection", { module: loadBuiltCommand("check-connection"), preferences: { accounts } });

/** Each step's title and status word, once the check ended. */
async function outcome(screen: Screen, wait = (s: Screen, until: (s: Screen) => boolean) => s.waitFor(until)) {
  await wait(screen, (s) => !s.isLoading() && s.items().length === 6);
  return screen.items().map((item) => `${item.title}: ${item.accessories?.[0] ?? ""}`);
}

const statuses = (...words: string[]) =>
  [
    "1Password App Installed",
    "1Password's Library Loads",
    "1Password Answers (Integration On)",
    "Account Known to 1Password",
    "Access Approved",
    "Vaults Can Be Read",
  ].map((title, index) => `${title}: ${words[index]}`);

const failedRow = (screen: Screen) => screen.items().find((item) => item.accessories?.[0] === "Failed");

test("all good: every step passes, and the read counts the vaults", async () => {
  const screen = await open();
  expect(await outcome(screen)).toEqual(statuses("Passed", "Passed", "Passed", "Passed", "Passed", "Passed"));
  expect(screen.items()[5]?.subtitle).toBe("1 vault");
});

test("1Password is not installed: the first step fails with the install fix, nothing else is tried", async () => {
  app().installed = false;
  const screen = await open();
  expect(await outcome(screen)).toEqual(
    statuses("Failed", "Not Reached", "Not Reached", "Not Reached", "Not Reached", "Not Reached"),
  );
  expect(failedRow(screen)?.subtitle).toMatch(/Install the 1Password desktop app/);
  expect(screen.actions()[0]?.title).toBe("Open Setup Guide");
  expect(app().calls).toEqual([]);
});

test("the library is there but does not load", async () => {
  app().libraryLoads = false;
  const screen = await open();
  expect(await outcome(screen)).toEqual(
    statuses("Passed", "Failed", "Not Reached", "Not Reached", "Not Reached", "Not Reached"),
  );
  expect(failedRow(screen)?.subtitle).toMatch(/Update 1Password/);
});

test("the integration is off: the app does not answer, with every name of the setting", async () => {
  app().integrationEnabled = false;
  app().integrationOff = { text: "IPC operation failed: -2", thrown: true };
  const screen = await open();
  expect(await outcome(screen)).toEqual(
    statuses("Passed", "Passed", "Failed", "Not Reached", "Not Reached", "Not Reached"),
  );
  expect(failedRow(screen)?.subtitle).toMatch(
    /Integrate with other apps.*Integrate with the 1Password SDKs.*Connect with 1Password SDKs.*Beta/,
  );
  expect(screen.actions()[0]?.title).toBe("Open 1Password");
});

test("a wrong account name: the account step fails and the fix opens the preferences", async () => {
  const screen = await open("Acme Typo");
  expect(await outcome(screen)).toEqual(statuses("Passed", "Passed", "Passed", "Failed", "Not Reached", "Not Reached"));
  expect(screen.actions()[0]?.title).toBe("Open Extension Preferences");
});

test("the prompt is denied (in words no rule quotes): access fails; approving and checking again passes", async () => {
  app().denialText = "request turned down";
  app().account("Acme").prompt = "deny";
  const screen = await open();
  expect(await outcome(screen)).toEqual(statuses("Passed", "Passed", "Passed", "Passed", "Failed", "Not Reached"));
  expect(failedRow(screen)?.subtitle).toMatch(/1Password Access Requested.*behind other windows/);
  app().account("Acme").prompt = "approve";
  await screen.press("cmd+r");
  await screen.waitFor((s) => s.items().every((item) => item.accessories?.[0] === "Passed"));
});

test("the prompt is never answered: it says to look for it while waiting, then access fails", async () => {
  startFakeTimers();
  app().account("Acme").prompt = "never";
  const screen = await open();
  await waitWithTime(screen, () => app().pendingPromptCount() > 0);
  expect(screen.items()[4]?.subtitle).toMatch(/1Password Access Requested.*behind other windows/);
  await advance(LIMITS.authorizeTimeoutMs + 1_000);
  expect(await outcome(screen, (s, until) => waitWithTime(s, until))).toEqual(
    statuses("Passed", "Passed", "Passed", "Passed", "Failed", "Not Reached"),
  );
});

test("Copy Report: versions, the library, each step and kind; no value, vault, item, field or account name", async () => {
  app().denialText = "request turned down";
  app().account("Acme").prompt = "deny";
  const screen = await open();
  await outcome(screen);
  await screen.runAction("Copy Report");
  const report = host.clipboard?.text ?? "";
  expect(report).toMatch(/^1Password Secrets: Check Connection\nExtension: 1Password Secrets \d/);
  expect(report).toMatch(/1Password SDK: 0\.5\.0/);
  expect(report).toMatch(/Raycast: \d/);
  expect(report).toMatch(/OS: \w+/);
  expect(report).toMatch(/Library: .*libop_sdk_ipc_client/);
  expect(report).toMatch(/✗ Access Approved: failed \(authorization-denied\)/);
  expect(report).toMatch(/– Vaults Can Be Read: not-reached/);
  for (const name of ["Acme", "Secret Project Vault", "Hidden Item Title", "password label", "request turned down"]) {
    expect(report).not.toContain(name);
  }
  expect(
    leaksIn(report, [
      SECRET,
      ...app()
        .allSecretValues()
        .filter((v) => v.length >= 8),
    ]),
  ).toEqual([]);
});

test("the report of a working account counts vaults and names none", async () => {
  const screen = await open();
  await outcome(screen);
  await screen.runAction("Copy Report");
  const report = host.clipboard?.text ?? "";
  expect(report).toMatch(/✓ Vaults Can Be Read: passed: 1 vault/);
  expect(report).not.toContain("Secret Project Vault");
  expect(report).not.toContain(SECRET);
});

test("two accounts: each is checked in its own section, one failing does not hide the other's result", async () => {
  const screen = await open("Acme, Acme Typo");
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 12);
  expect(screen.sections().map((section) => section.title)).toEqual(["Account Acme", "Account Acme Typo"]);
  const words = screen.items().map((item) => item.accessories?.[0]);
  expect(words.slice(0, 6)).toEqual(["Passed", "Passed", "Passed", "Passed", "Passed", "Passed"]);
  expect(words.slice(6)).toEqual(["Passed", "Passed", "Passed", "Failed", "Not Reached", "Not Reached"]);
  // The failed step is the one selected, so ↵ runs its fix.
  expect(screen.actions()[0]?.title).toBe("Open Extension Preferences");
  await screen.runAction("Copy Report");
  expect(host.clipboard?.text).toMatch(/Account 1 of 2[\s\S]*Account 2 of 2[\s\S]*✗ Account Known to 1Password/);
  expect(host.clipboard?.text).not.toContain("Acme");
});
