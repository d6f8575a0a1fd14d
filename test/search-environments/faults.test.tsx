import { parse } from "dotenv";
import { addEnvironment, listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host } from "../../test-world/host";
import { RawResult, type AccountHandle } from "../../test-world/sim";
import { canary, expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand, openCommandLoaded } from "../../test-world/support/commands";
import { actionTitles, rows, selectRow } from "../../test-world/support/screen";
import { advance, useFakeTimersHere, waitWithTime } from "../../test-world/support/timers";
import { useSimulatedApp } from "../../test-world/support/world";
import { PAST_CALL, settledToast } from "../../test-world/support/faults";

/** Fault injection over Search Environments: each Environment fails on its own, and every action recovers. */

const app = useSimulatedApp();

const STAGING = { API_KEY: canary("stg-api"), DB_PASSWORD: canary("stg-db") };
const PROD = { API_KEY: canary("prod-api"), STRIPE: canary("prod-stripe") };

let acme: AccountHandle;
let stagingId: string;
let prodId: string;

async function seed(): Promise<void> {
  acme = app().addAccount({ name: "Acme", type: "business" });
  stagingId = acme.addEnvironment({ name: "Staging", variables: STAGING });
  prodId = acme.addEnvironment({ name: "Production", variables: PROD });
  await addEnvironment({ id: stagingId, label: "Staging", account: "Acme" });
  await addEnvironment({ id: prodId, label: "Production", account: "Acme" });
  app().resetCalls();
}

const open = () => openCommand("search-environments");
const openLoaded = () => openCommandLoaded("search-environments");
const expectNoLeak = () => expectNoLeakOrCrash(app(), [...Object.values(STAGING), ...Object.values(PROD)]);

beforeEach(() => seed());

test("the app locks after one Environment loaded: the other shows its error row, and Authorize Again brings it", async () => {
  app().lockedPrompt = "deny";
  let loads = 0;
  const held = app().hang((call) => call.name === "EnvironmentsGetVariables" && ++loads === 2);
  const screen = await open();
  await screen.waitFor(() => held.held === 1 && app().callsNamed("EnvironmentsGetVariables")[0]?.outcome === "ok");
  app().lock();
  held.release();
  await screen.waitFor((s) => !s.isLoading());
  expect(rows(screen)).toEqual(["Staging/API_KEY", "Staging/DB_PASSWORD", "Production/Access Not Granted"]);
  expect(screen.items()[2]?.subtitle).toMatch(/approve/i);
  await selectRow(screen, "Production", "Access Not Granted");
  expect(screen.actions()[0]?.title).toBe("Authorize Again");
  // The failed Environment keeps its own actions: it can still be renamed or removed.
  expect(screen.actions().map((action) => action.title)).toEqual(
    expect.arrayContaining(["Rename Environment", "Remove Environment"]),
  );
  app().unlock();
  const prompts = acme.promptsShown;
  await screen.press("enter");
  await screen.waitFor((s) => rows(s).includes("Production/STRIPE"));
  expect(rows(screen)).toHaveLength(4);
  expect(acme.promptsShown).toBe(prompts + 1);
  expectNoLeak();
});

test("after 10 minutes idle a copy still works, through the SDK's re-authorization, with one new prompt", async () => {
  const screen = await openLoaded();
  const prompts = acme.promptsShown;
  app().clock.advance(10 * 60_000 + 1);
  await selectRow(screen, "Production", "STRIPE");
  await screen.press("enter");
  await screen.waitFor(() => host.clipboard?.text === PROD.STRIPE);
  expect(host.clipboard?.concealed).toBe(true);
  expect(acme.promptsShown).toBe(prompts + 1);
  expect(host.toasts.filter((toast) => toast.style === "FAILURE")).toEqual([]);
  expectNoLeak();
});

test("a copy refused while locked: the toast's Authorize Again copies the value once the app is unlocked", async () => {
  const screen = await openLoaded();
  app().lock();
  app().lockedPrompt = "deny";
  await selectRow(screen, "Staging", "DB_PASSWORD");
  await screen.press("enter");
  await screen.waitFor(() => settledToast());
  expect(host.toast).toMatchObject({ style: "FAILURE", primaryAction: "Authorize Again" });
  expect(["Access Not Granted", "1Password Is Locked"]).toContain(host.toast?.title);
  expect(host.clipboard).toBeUndefined();
  app().unlock();
  await host.toast?.runPrimaryAction();
  await screen.waitFor(() => host.clipboard?.text === STAGING.DB_PASSWORD);
  expect(host.clipboard?.concealed).toBe(true);
  expect(host.clipboardHistory.filter((write) => write.text === STAGING.DB_PASSWORD)).toHaveLength(1);
  expectNoLeak();
});

test("an answer that is not JSON: the Environment says so with its details, and Try Again loads it", async () => {
  app().malformNext("EnvironmentsGetVariables", () => new RawResult("{oops"));
  const screen = await openLoaded();
  // Text that is not JSON fails inside the SDK, before the layer's schema: still named as an unexpected answer.
  const errorRow = screen.items().find((item) => item.title === "Unexpected Answer from 1Password");
  expect(errorRow).toBeDefined();
  await screen.select(errorRow?.id ?? "");
  expect(actionTitles(screen, 2)).toEqual(["Copy Error Details", "Try Again"]);
  await screen.runAction("Try Again");
  await screen.waitFor((s) => s.items().length === 4);
  expectNoLeak();
});

test("a malformed answer while copying a whole Environment: a failure toast, nothing on the clipboard, Try Again copies", async () => {
  const screen = await openLoaded();
  app().malformNext("EnvironmentsGetVariables", (result) => ({
    variables: (result as { variables: unknown[] }).variables.map(() => ({ name: 7 })),
  }));
  await selectRow(screen, "Staging", "API_KEY");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => settledToast()?.title === "Unexpected Answer from 1Password");
  expect(host.clipboard).toBeUndefined();
  expect(host.toast?.primaryAction).toBe("Copy Error Details");
  await host.toast?.runPrimaryAction();
  expect(host.clipboard).toEqual({ text: expect.stringMatching(/malformed result/), concealed: false });
  await selectRow(screen, "Staging", "API_KEY");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.clipboard?.concealed === true);
  expect(parse(host.clipboard?.text ?? "")).toEqual(STAGING);
  expectNoLeak();
});

test("an Environment without access: the other still lists and copies; selection copy across both says why it failed", async () => {
  acme.denyEnvironment(prodId);
  const screen = await openLoaded();
  expect(rows(screen)).toEqual(["Staging/API_KEY", "Staging/DB_PASSWORD", "Production/No Access to This Environment"]);
  await selectRow(screen, "Staging", "API_KEY");
  await screen.press("enter");
  await screen.waitFor(() => host.clipboard?.text === STAGING.API_KEY);
  expect(host.clipboard?.concealed).toBe(true);
  acme.denyEnvironment(prodId, false);
  await selectRow(screen, "Production", "No Access to This Environment");
  await screen.runAction("Try Again");
  await screen.waitFor((s) => rows(s).includes("Production/STRIPE"));
  // A selection spanning both, with access lost again: nothing half-copied, and the toast names the cause.
  await selectRow(screen, "Staging", "DB_PASSWORD");
  await screen.press("cmd+s");
  await selectRow(screen, "Production", "STRIPE");
  await screen.press("cmd+s");
  acme.denyEnvironment(prodId);
  const before = host.clipboardHistory.length;
  await screen.press("cmd+opt+e");
  await screen.waitFor(() => settledToast()?.title === "No Access to This Environment");
  expect(host.clipboardHistory).toHaveLength(before);
  acme.denyEnvironment(prodId, false);
  await host.toast?.runSecondaryAction();
  await selectRow(screen, "Production", "STRIPE");
  await screen.press("cmd+opt+e");
  await screen.waitFor(() => host.clipboard?.concealed === true && host.clipboard.text.includes("STRIPE="));
  expect(parse(host.clipboard?.text ?? "")).toEqual({ DB_PASSWORD: STAGING.DB_PASSWORD, STRIPE: PROD.STRIPE });
  expectNoLeak();
});

test("adding an Environment while the prompt is denied keeps the form; after approving, it is added once", async () => {
  const dev = acme.addEnvironment({ name: "Dev", variables: { TOKEN: canary("dev-token") } });
  const screen = await openLoaded();
  acme.prompt = "deny";
  app().clock.advance(10 * 60_000 + 1); // the session is gone, so the next call prompts
  await screen.press("cmd+n");
  await screen.submit({ id: dev, label: "Dev" });
  await screen.waitFor(() => settledToast()?.title === "Access Not Granted");
  expect(screen.kind()).toBe("Form");
  expect(screen.formValues()).toMatchObject({ id: dev, label: "Dev" });
  expect((await listRegisteredEnvironments()).map((environment) => environment.label)).toEqual([
    "Staging",
    "Production",
  ]);
  acme.prompt = "approve";
  await host.toast?.runPrimaryAction();
  await screen.waitFor((s) => s.kind() === "List" && rows(s).includes("Dev/TOKEN"));
  expect((await listRegisteredEnvironments()).map((environment) => environment.label)).toEqual([
    "Staging",
    "Production",
    "Dev",
  ]);
  expectNoLeak();
});

test("a rate limit on the listing backs off and loads both Environments with nothing shown to the user", async () => {
  jest.spyOn(Math, "random").mockReturnValue(0);
  app().rateLimitNext("EnvironmentsGetVariables");
  app().rateLimitNext("EnvironmentsGetVariables");
  const screen = await openLoaded();
  await screen.waitFor((s) => s.items().length === 4);
  expect(host.toasts).toEqual([]);
});

describe("fake timers", () => {
  useFakeTimersHere();

  /** Opens the list, then presses `key` on the row with the variable fetch it starts hanging past the call bound. */
  async function hangPastTimeout(section: string, title: string, key: string) {
    const screen = await open();
    await waitWithTime(screen, (s) => !s.isLoading() && s.items().length === 4);
    const hang = app().hang("EnvironmentsGetVariables");
    await selectRow(screen, section, title);
    await screen.press(key);
    await waitWithTime(screen, () => hang.held === 1);
    await advance(PAST_CALL);
    return { screen, hang };
  }

  test("rate limited until the retries run out: Too Many Requests per Environment; Try Again after the limit lifts", async () => {
    app().rateLimit({ remaining: 0 });
    const screen = await open();
    await waitWithTime(screen, (s) => !s.isLoading() && s.items().length === 2, { step: 1_000, rounds: 40 });
    expect(screen.items().map((item) => item.title)).toEqual(["Too Many Requests", "Too Many Requests"]);
    expect(app().callsNamed("EnvironmentsGetVariables")).toHaveLength(8);
    app().rateLimit(null);
    await screen.press("enter");
    await waitWithTime(screen, (s) => s.items().length === 4);
  });

  test("a copy that hangs ends after 30 s with Authorize Again, which copies once the app answers", async () => {
    const { screen, hang } = await hangPastTimeout("Production", "API_KEY", "enter");
    await waitWithTime(screen, () => settledToast()?.title === "1Password Did Not Answer");
    expect(host.toast?.primaryAction).toBe("Authorize Again");
    expect(host.clipboard).toBeUndefined();
    hang.release();
    await host.toast?.runPrimaryAction();
    await waitWithTime(screen, () => host.clipboard?.text === PROD.API_KEY);
    expect(host.clipboard?.concealed).toBe(true);
    // The late answer of the timed-out call copies nothing.
    expect(host.clipboardHistory.filter((write) => write.text === PROD.API_KEY)).toHaveLength(1);
    expectNoLeak();
  });

  test("Reveal Value that hangs shows the error in the view, and Reload Value shows the value", async () => {
    const { screen, hang } = await hangPastTimeout("Staging", "API_KEY", "cmd+y");
    await waitWithTime(screen, (s) => s.detail()?.markdown?.includes("1Password Did Not Answer"));
    expect(screen.detail()?.markdown).not.toContain(STAGING.API_KEY);
    hang.release();
    await screen.runAction("Reload Value");
    await waitWithTime(screen, (s) => s.detail()?.markdown?.includes(STAGING.API_KEY));
  });
});
