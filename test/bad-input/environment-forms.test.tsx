import { addEnvironment, listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import type { Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { hasRowsOrEmptyView, openCommandLoaded } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { CLEAR_ERROR, CONTROL, HUGE, UNICODE, useFormWorld } from "./form-inputs";

/** Bad input in Search Environments' add and rename forms: a clear inline error and nothing called, or kept exactly. */

const app = useFormWorld();

let acme: AccountHandle;
beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
});

describe("Search Environments forms", () => {
  let stagingId: string;

  async function open(register: boolean): Promise<Screen> {
    stagingId = acme.addEnvironment({ name: "Staging", variables: { API_KEY: "value-1" } });
    if (register) await addEnvironment({ id: stagingId, label: "Staging", account: "Acme" });
    return openCommandLoaded("search-environments", { until: hasRowsOrEmptyView });
  }

  test.each([
    ["empty", "", /Paste the Environment ID/],
    ["huge", HUGE, /^An Environment ID has 26 letters and digits; this has 10000\.$/],
    ["unicode", "🚀".repeat(26), /26 letters and digits/],
    ["control characters", CONTROL, /26 letters and digits/],
    ["two ids", `${"a".repeat(26)} ${"b".repeat(26)}`, /several Environment IDs/],
  ])("Add Environment, ID %s: inline error, nothing called", async (_, id, error) => {
    const screen = await open(false);
    await screen.press("enter");
    app().resetCalls();
    await screen.submit({ id, label: "Label" });
    expect(field(screen, "id")?.error).toMatch(error);
    expect(field(screen, "id")?.error).toMatch(CLEAR_ERROR);
    expect(app().calls).toHaveLength(0);
  });

  test("Add Environment with an ID wrapped in control characters and a unicode label: added exactly", async () => {
    const screen = await open(false);
    await screen.press("enter");
    await screen.submit({ id: `\u0000\t${stagingId.toUpperCase()}\u0007\n`, label: `  ${UNICODE}  ` });
    await screen.waitFor((s) => s.kind() === "List" && s.items()[0]?.title === "API_KEY");
    expect(screen.sections().map((section) => section.title)).toEqual([UNICODE]);
    expect(await listRegisteredEnvironments()).toEqual([{ id: stagingId, label: UNICODE, account: "Acme" }]);
  });

  test("Add Environment with an empty or blank label: inline error, nothing called", async () => {
    const screen = await open(false);
    await screen.press("enter");
    app().resetCalls();
    for (const label of ["", " \n\t "]) {
      await screen.submit({ id: stagingId, label });
      expect(field(screen, "label")?.error).toBe("Give the Environment a name to show in the list.");
    }
    expect(app().calls).toHaveLength(0);
  });

  test("Add Environment, unicode label: stored and shown as typed", async () => {
    const screen = await open(false);
    await screen.press("enter");
    await screen.submit({ id: stagingId, label: UNICODE });
    await screen.waitFor((s) => s.kind() === "List" && s.items().length === 1);
    expect(await listRegisteredEnvironments()).toEqual([{ id: stagingId, label: UNICODE, account: "Acme" }]);
    expect(screen.sections()[0]?.title).toBe(UNICODE);
  });

  /** Labels refused with an inline error, and the error. */
  const BAD_LABELS: [kind: string, label: string, error: string][] = [
    ["huge", HUGE, "Use at most 64 characters."],
    ["control characters", CONTROL, "Remove line breaks, tabs and other control characters."],
  ];

  test.each(BAD_LABELS)(
    "Add Environment, label %s: inline error, nothing called, values kept",
    async (_, label, message) => {
      const screen = await open(false);
      await screen.press("enter");
      await screen.submit({ id: stagingId, label });
      expect(field(screen, "label")?.error).toBe(message);
      expect(field(screen, "label")?.value).toBe(label);
      expect(app().calls).toHaveLength(0);
      expect(await listRegisteredEnvironments()).toEqual([]);
    },
  );

  test.each([
    ["empty", ""],
    ["blank", "  \t\n "],
  ])("Rename Environment, label %s: inline error, label kept", async (_, label) => {
    const screen = await open(true);
    await screen.press("cmd+e");
    await screen.submit({ label });
    expect(field(screen, "label")?.error).toBe("Give the Environment a name to show in the list.");
    expect((await listRegisteredEnvironments())[0]?.label).toBe("Staging");
  });

  test.each(BAD_LABELS)("Rename Environment, label %s: inline error, label kept", async (_, label, message) => {
    const screen = await open(true);
    await screen.press("cmd+e");
    await screen.submit({ label });
    expect(field(screen, "label")?.error).toBe(message);
    expect((await listRegisteredEnvironments())[0]?.label).toBe("Staging");
  });

  test.each([["unicode", UNICODE]])(
    "Rename Environment, label %s: renamed exactly, list and dropdown follow",
    async (_, label) => {
      const screen = await open(true);
      await screen.press("cmd+e");
      await screen.submit({ label });
      await screen.waitFor((s) => s.kind() === "List" && s.sections()[0]?.title === label.trim());
      expect((await listRegisteredEnvironments())[0]?.label).toBe(label.trim());
      expect(screen.dropdown()?.items.map((item) => item.title)).toContain(label.trim());
    },
  );
});
