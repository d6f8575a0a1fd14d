import { execFileSync } from "node:child_process";
import { parse } from "dotenv";
import { expand } from "dotenv-expand";
import { host } from "../../test-world/host";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { PYTHON_READERS } from "../../test-world/support/dotenv-readers";
import { HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import { actionTitles, selectRow } from "../../test-world/support/screen";
import { clearRecords } from "../../test-world/support/clear-records";
import {
  CANARIES,
  openLoaded,
  PROD,
  REGION,
  register,
  registerBothForTheList,
  useSeededEnvironments,
  STAGING,
} from "./seeded-environments";

/** Copying and revealing a variable's value, and a whole Environment in each format, read back by the programs it is for. */
const { app, env, expectNoCanaryShown } = useSeededEnvironments();

describe("the list", () => {
  beforeEach(() => registerBothForTheList(env.stagingId, env.prodId));

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
    const id = env.acme.addEnvironment({ name: "Shelly", variables: { ...shellNames, PLAIN: "canary-plain-1b" } });
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
    expect(host.clipboard).toEqual({ text: env.prodId, concealed: false });
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
});
