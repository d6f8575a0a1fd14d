import { execFileSync } from "node:child_process";
import { parse } from "dotenv";
import { expand } from "dotenv-expand";
import { addEnvironment, listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { PYTHON_READERS } from "../../test-world/support/dotenv-readers";
import { HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import {
  hasRowsOrEmptyView,
  openCommand,
  openCommandLoaded,
  turnOnBackgroundClear,
} from "../../test-world/support/commands";
import { actionTitles, rows, sectionTitles, selectRow } from "../../test-world/support/screen";
import { clearRecords } from "../../test-world/support/clear-records";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Values chosen so a leak is unmistakable: each holds "canary", and one needs quoting care (a line break, a double
 * quote, a `$` and a backslash: with a single quote as well, no .env writing would suit both dotenv and python-dotenv).
 */
const STAGING = {
  API_KEY: "canary-stg-api-Ke7w",
  DATABASE_URL: "postgres://canary:stg-pw@db.internal/app",
  TRICKY: `canary first line\nsay "hi", it is $5 \\ done`,
  "FEATURE-FLAG": "canary-flag-on",
};
const REGION = "canary-region-eu-west";
const PROD = { API_KEY: "canary-prod-api-Zq9x", STRIPE_SECRET: "canary-prod-stripe-4242" };
const CANARIES = [...Object.values(STAGING), ...Object.values(PROD)];

const app = useSimulatedApp();
let acme: AccountHandle;
let stagingId: string;
let prodId: string;

beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
  stagingId = acme.addEnvironment({
    name: "Staging",
    variables: [
      ...Object.entries(STAGING).map(([name, value]) => ({ name, value })),
      { name: "REGION", value: REGION, masked: false },
    ],
  });
  prodId = acme.addEnvironment({ name: "Production", variables: PROD });
});

async function register(...environments: [id: string, label: string][]) {
  for (const [id, label] of environments) await addEnvironment({ id, label, account: "Acme" });
}

const open = (accounts = "Acme") => openCommand("search-environments", { preferences: { accounts } });
const openLoaded = (accounts = "Acme") =>
  openCommandLoaded("search-environments", { preferences: { accounts }, until: hasRowsOrEmptyView });
const expectNoCanaryShown = () => expectNoSecretLeak(app(), CANARIES);

describe("registering", () => {
  test("the empty state explains where the id is and ↵ opens the form", async () => {
    const screen = await openLoaded();
    expect(screen.emptyView()).toMatchObject({ title: "Add Your First Environment" });
    expect(screen.emptyView()?.description).toContain("Developer › View Environments");
    expect(screen.emptyView()?.description).toContain("Copy environment ID");
    await screen.press("enter");
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().map((field) => field.id)).toEqual(["", "id", "label"]);
  });

  test("adds an Environment by id: validated by one fetch, then listed with its variables", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    app().resetCalls();
    await screen.submit({ id: stagingId.toUpperCase(), label: "Staging" });
    await screen.waitFor((s) => s.depth() === 1 && s.items().length === 5);
    expect(host.toasts.at(-1)).toMatchObject({ title: "Added Staging", message: "5 variables" });
    expect(screen.sections()).toEqual([expect.objectContaining({ title: "Staging", subtitle: "5 variables" })]);
    expect(rows(screen)).toEqual([
      "Staging/API_KEY",
      "Staging/DATABASE_URL",
      "Staging/TRICKY",
      "Staging/FEATURE-FLAG",
      "Staging/REGION",
    ]);
    // Masked values are dots; the unmasked one is shown dimmed.
    expect(screen.items()[0]?.subtitle).toBe("••••••••");
    expect(screen.items()[4]?.subtitle).toBe(REGION);
    expect(await listRegisteredEnvironments()).toEqual([{ id: stagingId, label: "Staging", account: "Acme" }]);
    expectNoCanaryShown();
  });

  test("a wrong format is an inline error on the ID field, without calling 1Password", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    app().resetCalls();
    await screen.submit({ id: "not-an-environment-id", label: "Staging" });
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().find((field) => field.id === "id")?.error).toMatch(/26 letters and digits/);
    expect(app().calls).toHaveLength(0);
    // Typing again clears the error; an empty label is caught the same way.
    await screen.setValue("id", stagingId);
    expect(screen.fields().find((field) => field.id === "id")?.error).toBeUndefined();
    await screen.submit({ label: "  " });
    expect(screen.fields().find((field) => field.id === "label")?.error).toMatch(/name/);
    expect(app().calls).toHaveLength(0);
  });

  test("an unknown id says Environment Not Found, on the field and in the toast", async () => {
    const screen = await openLoaded();
    await screen.press("cmd+n");
    await screen.submit({ id: "b".repeat(26), label: "Ghost" });
    await screen.waitFor(() => host.toast?.title === "Environment Not Found");
    expect(host.toast?.style).toBe("FAILURE");
    expect(screen.kind()).toBe("Form");
    expect(screen.fields().find((field) => field.id === "id")?.error).toMatch(/No Environment with this ID in Acme/);
    expect(await listRegisteredEnvironments()).toEqual([]);
  });

  test("an Environment without access is refused with a permission message", async () => {
    acme.denyEnvironment(prodId);
    const screen = await openLoaded();
    await screen.press("cmd+n");
    await screen.submit({ id: prodId, label: "Production" });
    await screen.waitFor(() => host.toast?.title === "No Access to This Environment");
    expect(host.toast?.message).toMatch(/cannot read this Environment/);
    expect(await listRegisteredEnvironments()).toEqual([]);
  });

  test("an id on the clipboard is pre-filled; other clipboard text is not", async () => {
    host.userCopies(` ${stagingId.toUpperCase()}\n`);
    const screen = await openLoaded();
    await screen.press("enter");
    await screen.waitFor((s) => s.formValues().id === stagingId);
    await screen.pop();

    host.userCopies("some-password-the-user-copied");
    await screen.press("enter");
    await screen.settle();
    expect(screen.formValues().id).toBe("");
    await screen.pop();

    // A secret that merely contains 26 base32 letters is not lifted into the form.
    host.userCopies(`sk_live_${stagingId}`);
    await screen.press("enter");
    await screen.settle();
    expect(screen.formValues().id).toBe("");
  });

  test("while a copied secret is pending the clipboard is not read, even if it looks like an id", async () => {
    // An Environment value that is shaped like an id, copied from the list: it is a secret until it is cleared.
    const idsId = acme.addEnvironment({ name: "Ids", variables: { LOOKS_LIKE_ID: "aaaaaaaaaaaaaaaaaaaaaaaaaa" } });
    await register([idsId, "Ids"]);
    const screen = await openLoaded();
    await selectRow(screen, "Ids", "LOOKS_LIKE_ID");
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === "aaaaaaaaaaaaaaaaaaaaaaaaaa");
    await screen.waitFor(() => host.huds.length > 0);
    await screen.press("cmd+n");
    await screen.settle();
    expect(screen.kind()).toBe("Form");
    expect(screen.formValues().id).toBe("");
  });

  test("with several accounts the form asks which one", async () => {
    app().addAccount({ name: "Home" });
    const screen = await openLoaded("Acme, Home");
    await screen.press("enter");
    const account = screen.fields().find((field) => field.id === "account");
    expect(account?.options?.map((option) => option.value)).toEqual(["Acme", "Home"]);
    await screen.submit({ id: stagingId, label: "Staging", account: "Home" });
    // Staging lives in Acme, so in Home it is unknown.
    await screen.waitFor(() => host.toast?.title === "Environment Not Found");
    expect(host.toast?.message).toContain("Home");
  });
});

describe("the list", () => {
  beforeEach(async () => {
    await register([stagingId, "Staging"], [prodId, "Production"]);
    await turnOnBackgroundClear();
  });

  test("one section per Environment, searched by variable name and label across all", async () => {
    const screen = await openLoaded();
    expect(screen.sections().map((section) => [section.title, section.subtitle])).toEqual([
      ["Staging", "5 variables"],
      ["Production", "2 variables"],
    ]);
    await screen.type("api");
    expect(rows(screen)).toEqual(["Staging/API_KEY", "Production/API_KEY"]);
    await screen.type("staging api");
    expect(rows(screen)).toEqual(["Staging/API_KEY"]);
    await screen.type("prod");
    expect(rows(screen)).toEqual(["Production/API_KEY", "Production/STRIPE_SECRET"]);
    await screen.type("apikey");
    expect(rows(screen)).toEqual(["Staging/API_KEY", "Production/API_KEY"]);
    await screen.type("nothing-like-this");
    expect(screen.emptyView()?.title).toBe("No Matching Variables");
  });

  test("the dropdown narrows to one Environment and remembers it", async () => {
    const screen = await openLoaded();
    expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(["All Environments", "Staging", "Production"]);
    await screen.chooseDropdown("Production");
    expect(sectionTitles(screen)).toEqual(["Production"]);
    await screen.unmount();
    const again = await openLoaded();
    expect(sectionTitles(again)).toEqual(["Production"]);
  });

  test("↵ copies a masked value concealed with its clear scheduled; ⌘↵ pastes it", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "API_KEY");
    expect(actionTitles(screen, 2)).toEqual(["Copy Value", "Paste Value"]);
    await screen.press("enter");
    await screen.waitFor(() => host.huds.length === 1);
    expect(host.clipboard).toEqual({ text: STAGING.API_KEY, concealed: true });
    expect(clearRecords().map((record) => record.label)).toEqual(["a variable value"]);
    expect(host.huds.at(-1)?.title).toBe("Copied value of API_KEY · clears in 90 s");

    // A paste is a concealed copy too (on this system, which has no paste keystroke, it stays one and says so).
    await screen.press("cmd+enter");
    await screen.waitFor(() => host.huds.length === 2);
    expect(host.pastes).toEqual([]);
    expect(host.clipboard).toEqual({ text: STAGING.API_KEY, concealed: true });
    expect(host.huds.at(-1)?.title).toMatch(/^Copied value of API_KEY, not pasted: /);
    expectNoCanaryShown();
  });

  test("the value is fetched from 1Password when the action runs, not taken from the list", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Production", "API_KEY");
    app().resetCalls();
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === PROD.API_KEY);
    expect(app().callsNamed("EnvironmentsGetVariables")).toHaveLength(1);
  });

  test("Copy as .env Line reads back through dotenv and dotenv-expand", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "TRICKY");
    await screen.press("cmd+shift+c");
    await screen.waitFor(() => host.huds.length === 1);
    expect(parse(host.clipboard?.text ?? "")).toEqual({ TRICKY: STAGING.TRICKY });
    expect(expand({ parsed: parse(host.clipboard?.text ?? ""), processEnv: {} }).parsed).toEqual({
      TRICKY: STAGING.TRICKY,
    });
    expect(host.huds.at(-1)?.title).toBe("Copied TRICKY=… · clears in 90 s");
  });

  test("a whole Environment as .env reads back to the exact values", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "DATABASE_URL");
    await screen.press("cmd+shift+e");
    await screen.waitFor(() => host.huds.length === 1);
    expect(parse(host.clipboard?.text ?? "")).toEqual({ ...STAGING, REGION });
    for (const python of PYTHON_READERS)
      expect(python.read([host.clipboard?.text ?? ""])).toEqual([{ ...STAGING, REGION }]);
    expect(host.huds.at(-1)?.title).toBe("Copied Staging as .env · clears in 90 s");
    expectNoCanaryShown();
  });

  test("a partial copy does not promise a clear that background clearing cannot make yet", async () => {
    host.internal.localStorage.delete(HEARTBEAT_KEY);
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "API_KEY");
    await screen.press("cmd+shift+x");
    await screen.waitFor(() => host.toast?.title === "Copied 4 of 5 Variables as Shell Exports");
    expect(host.toast?.message).toContain("May not clear in 90 s: run Clear Copied Secret once.");
    expect(host.toast?.message).not.toContain("Clears in 90 s.");
  });

  test("shell exports evaluate to the exact values; a name the shell cannot take is left out and named", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "API_KEY");
    await screen.press("cmd+shift+x");
    await screen.waitFor(() => host.toast?.title === "Copied 4 of 5 Variables as Shell Exports");
    const text = host.clipboard?.text ?? "";
    expect(host.clipboard?.concealed).toBe(true);
    expect(text.match(/^export /gm)).toHaveLength(4);
    expect(text).toMatch(/^export API_KEY='/m);
    expect(text).not.toContain("FEATURE-FLAG");
    expect(host.toast?.message).toMatch(/^Left out 1: FEATURE-FLAG \(Not a shell variable name/);
    expect(host.toast?.message).toContain("Clears in 90 s.");
    // The window stayed open so the toast can be read.
    expect(host.huds).toHaveLength(0);
    const printed = execFileSync("bash", ["-c", `${text}\nprintf '%s\\0' "$API_KEY" "$TRICKY" "$REGION"`], {
      encoding: "utf8",
    });
    expect(printed.split("\0").slice(0, 3)).toEqual([STAGING.API_KEY, STAGING.TRICKY, REGION]);
    expectNoCanaryShown();
  });

  test("shell exports leave out a name zsh or bash would not keep, and say which shell, never the value", async () => {
    const shellNames = { USERNAME: "canary-user-9f", GROUPS: "canary-groups-3c", LINENO: "canary-line-7d" };
    const id = acme.addEnvironment({ name: "Shelly", variables: { ...shellNames, PLAIN: "canary-plain-1b" } });
    await register([id, "Shelly"]);
    const screen = await openLoaded();
    await selectRow(screen, "Shelly", "PLAIN");
    await screen.press("cmd+shift+x");
    await screen.waitFor(() => host.toast?.title === "Copied 1 of 4 Variables as Shell Exports");
    expect(host.clipboard?.text).toBe("export PLAIN='canary-plain-1b'\n");
    expect(host.toast?.message).toBe(
      "Left out 3: USERNAME (zsh ignores or changes a value exported as USERNAME), " +
        "GROUPS (bash ignores or changes a value exported as GROUPS), " +
        "LINENO (bash and zsh ignore or change a value exported as LINENO). Clears in 90 s.",
    );
    expectNoSecretLeak(app(), [...CANARIES, ...Object.values(shellNames), "canary-plain-1b"]);
  });

  test("as JSON", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+shift+j");
    await screen.waitFor(() => host.clipboard?.concealed === true);
    expect(JSON.parse(host.clipboard?.text ?? "")).toEqual(PROD);
  });

  test("Copy Environment ID is a plain copy", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+shift+i");
    expect(host.clipboard).toEqual({ text: prodId, concealed: false });
    expect(host.launches).toHaveLength(0);
  });

  test("Reveal Value shows a masked value in a code block", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "TRICKY");
    await screen.press("cmd+y");
    const markdown = await screen.waitFor((s) => s.detail()?.markdown?.includes("```") && s.detail()?.markdown);
    expect(markdown).toBe(`## TRICKY\n\n\`\`\`\n${STAGING.TRICKY}\n\`\`\``);
    await screen.pop();
    expect(screen.kind()).toBe("List");
    expectNoCanaryShown();
  });

  test("selection: toggle, select all in an Environment, copy the selection as .env, clear", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Staging", "API_KEY");
    await screen.press("cmd+s");
    await selectRow(screen, "Production", "STRIPE_SECRET");
    await screen.press("cmd+s");
    expect(
      screen
        .items()
        .filter((item) => item.accessories.includes("Selected"))
        .map((item) => item.title),
    ).toEqual(["API_KEY", "STRIPE_SECRET"]);
    expect(screen.navigationTitle()).toBe("Search Environments · 2 Selected");
    await screen.press("cmd+opt+e");
    await screen.waitFor(() => host.huds.length === 1);
    expect(parse(host.clipboard?.text ?? "")).toEqual({
      API_KEY: STAGING.API_KEY,
      STRIPE_SECRET: PROD.STRIPE_SECRET,
    });
    expect(host.huds.at(-1)?.title).toBe("Copied 2 selected variables as .env · clears in 90 s");

    await screen.press("cmd+s"); // deselect STRIPE_SECRET
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+shift+a");
    expect(screen.navigationTitle()).toBe("Search Environments · 3 Selected");
    await screen.press("cmd+opt+e");
    // Two API_KEYs: the first is kept and the toast says why the other is not.
    await screen.waitFor(() => host.toast?.title === "Copied 2 of 3 Variables as .env");
    expect(parse(host.clipboard?.text ?? "")).toEqual({ API_KEY: STAGING.API_KEY, STRIPE_SECRET: PROD.STRIPE_SECRET });
    expect(host.toast?.message).toContain("API_KEY appears more than once");
    await screen.press("cmd+opt+a");
    expect(screen.items().some((item) => item.accessories.includes("Selected"))).toBe(false);
    expectNoCanaryShown();
  });

  test("rename, reorder and remove", async () => {
    const screen = await openLoaded();
    await selectRow(screen, "Production", "API_KEY");
    await screen.press("cmd+e");
    expect(screen.formValues()).toEqual({ label: "Production" });
    await screen.submit({ label: "Prod EU" });
    await screen.waitFor((s) => s.depth() === 1 && sectionTitles(s).includes("Prod EU"));
    expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);

    await selectRow(screen, "Prod EU", "API_KEY");
    expect(screen.actions().map((action) => action.title)).not.toContain("Move Down");
    await screen.press("cmd+shift+up");
    await screen.waitFor((s) => sectionTitles(s)[0] === "Prod EU");
    expect((await listRegisteredEnvironments()).map((environment) => environment.label)).toEqual([
      "Prod EU",
      "Staging",
    ]);
    await selectRow(screen, "Prod EU", "API_KEY");
    await screen.press("cmd+shift+down");
    await screen.waitFor((s) => sectionTitles(s)[0] === "Staging");

    await selectRow(screen, "Staging", "API_KEY");
    host.answerAlerts(false);
    await screen.press("ctrl+x");
    expect(sectionTitles(screen)).toEqual(["Staging", "Prod EU"]);
    host.answerAlerts(true);
    await screen.press("ctrl+x");
    await screen.waitFor((s) => sectionTitles(s).join() === "Prod EU");
    expect(host.alerts.at(-1)?.title).toBe("Remove Staging?");
    expect(host.toasts.at(-1)?.title).toBe("Removed Staging");
    expect(await listRegisteredEnvironments()).toEqual([{ id: prodId, label: "Prod EU", account: "Acme" }]);
    expectNoCanaryShown();
  });

  test("an Environment that fails keeps the others and shows its error with a recovery", async () => {
    acme.denyEnvironment(prodId);
    const screen = await openLoaded();
    expect(rows(screen)).toContain("Staging/API_KEY");
    await selectRow(screen, "Production", "No Access to This Environment");
    expect(screen.actions()[0]?.title).toBe("Copy Error Details");
    expect(screen.actions().map((action) => action.title)).toContain("Remove Environment");
    acme.denyEnvironment(prodId, false);
    await screen.runAction("Try Again");
    await screen.waitFor((s) => rows(s).includes("Production/STRIPE_SECRET"));
  });

  test("a locked app: Authorize Again recovers after unlocking", async () => {
    app().lock();
    app().lockedPrompt = "deny";
    const screen = await openLoaded();
    const errorRow = screen.items()[0];
    expect(errorRow?.section).toBe("Staging");
    expect(screen.items()).toHaveLength(2); // one error row per Environment
    expect(errorRow?.subtitle).toMatch(/approve/i);
    expect(screen.actions()[0]?.title).toBe("Authorize Again");
    app().unlock();
    await screen.press("enter");
    await screen.waitFor((s) => rows(s).includes("Staging/API_KEY") && rows(s).includes("Production/API_KEY"));
    expect(screen.items()).toHaveLength(7);
  });

  test("a reopened list paints variable names from the cache before 1Password answers; values are never cached", async () => {
    const first = await openLoaded();
    await first.unmount();
    const hang = app().hang("EnvironmentsGetVariables");
    const screen = await open();
    await screen.waitFor((s) => s.items().length === 7);
    expect(screen.isLoading()).toBe(true);
    expect(rows(screen)).toContain("Production/STRIPE_SECRET");
    expect(JSON.stringify(host.cache)).toContain("STRIPE_SECRET");
    // Actions still fetch live, and wait for 1Password like the list does.
    hang.release();
    await screen.waitFor((s) => !s.isLoading());
    expect(screen.items().find((item) => item.title === "REGION")?.subtitle).toBe(REGION);
    expectNoCanaryShown();
  });

  test("Refresh fetches the variables again", async () => {
    const screen = await openLoaded();
    acme.addEnvironment({ name: "Unused", variables: {} });
    app().resetCalls();
    await screen.press("cmd+r");
    await screen.waitFor((s) => !s.isLoading());
    expect(app().callsNamed("EnvironmentsGetVariables")).toHaveLength(2);
  });
});

test("an Environment with no variables says so and can still be managed", async () => {
  const empty = acme.addEnvironment({ name: "Empty", variables: {} });
  await register([empty, "Empty"]);
  const screen = await openLoaded();
  expect(screen.items().map((item) => item.title)).toEqual(["No Variables"]);
  expect(screen.actions().map((action) => action.title)).toContain("Rename Environment");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.toast?.title === "Nothing to Copy");
  expect(host.clipboard).toBeUndefined();
});
