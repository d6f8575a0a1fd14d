import { addEnvironment, listRegisteredEnvironments } from "../../src/onepassword/registered-environments";
import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import {
  hasRowsOrEmptyView,
  openCommand,
  openCommandLoaded,
  openCreateVaultForm,
} from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { settledToast } from "../../test-world/support/faults";

/**
 * Bad input in every form: empty, huge (10,000 characters), unicode (emoji, right-to-left, combining marks) and control
 * characters. Each gets a clear inline error or works exactly, and nothing crashes.
 */

// Declared before the world, so it runs before the world's afterEach resets the host.
afterEach(() => expect(host.errors).toEqual([]));
const app = useSimulatedApp();

const HUGE = "x".repeat(10_000);
const UNICODE = "🚀 Launch עברית ‏e\u0301 – Ωmega";
const CONTROL = "bad\u0007bell\u0000nul";
/** A clear inline error: present, one short line, and not an echo of a huge input. */
const CLEAR_ERROR = /^[^\n]{1,200}$/;

let acme: AccountHandle;
beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
});

describe("Create Vault form", () => {
  async function openForm(): Promise<Screen> {
    acme.addVault({ title: "Existing" });
    return openCreateVaultForm(app());
  }
  const created = () => [...acme.state.vaults.values()].filter((vault) => vault.title !== "Existing");

  test.each([
    ["empty", "", "Enter a title."],
    ["blank", " \t ", "Enter a title."],
    ["huge", HUGE, "Use at most 100 characters."],
    ["control characters", CONTROL, "Remove line breaks, tabs and other control characters."],
    ["a line break", "two\nlines", "Remove line breaks, tabs and other control characters."],
  ])("title %s: an inline error, nothing created", async (_, title, error) => {
    const screen = await openForm();
    await screen.submit({ title });
    expect(field(screen, "title")?.error).toBe(error);
    expect(app().callsNamed("VaultsCreate")).toHaveLength(0);
  });

  test("a unicode title and a huge description are created exactly (title trimmed)", async () => {
    const screen = await openForm();
    const description = `${UNICODE}\n${HUGE}`;
    await screen.submit({ title: `  ${UNICODE}  `, description });
    await screen.waitFor(() => settledToast());
    expect(host.toast?.title).toBe(`Created vault “${UNICODE}”`);
    expect(created().map((vault) => [vault.title, vault.description])).toEqual([[UNICODE, description]]);
  });

  test("100 emoji are 100 characters (not 200 UTF-16 units); 101 are too many", async () => {
    const screen = await openForm();
    await screen.submit({ title: "🚀".repeat(101) });
    expect(field(screen, "title")?.error).toBe("Use at most 100 characters.");
    await screen.submit({ title: "🚀".repeat(100) });
    await screen.waitFor(() => settledToast());
    expect(created().map((vault) => vault.title)).toEqual(["🚀".repeat(100)]);
  });

  test.each([
    ["empty", "", "Enter at least one title, one per line."],
    ["only blank lines", "\n \n\t\n", "Enter at least one title, one per line."],
    ["one huge line", HUGE, "Line 1: Use at most 100 characters."],
    [
      "a control character on line 2",
      `Fine\n${CONTROL}\nAlso Fine`,
      "Line 2: Remove line breaks, tabs and other control characters.",
    ],
  ])("several vaults, %s: an inline error naming the line, nothing created", async (_, titles, error) => {
    const screen = await openForm();
    await screen.setValue("several", true);
    await screen.submit({ titles });
    expect(field(screen, "titles")?.error).toBe(error);
    expect(app().callsNamed("VaultsCreate")).toHaveLength(0);
  });

  test("several vaults with unicode and Windows line breaks: each line is one vault, exactly", async () => {
    const screen = await openForm();
    await screen.setValue("several", true);
    await screen.submit({ titles: `${UNICODE}\r\nשלום\r\n  café\u0301  ` });
    await screen.waitFor(() => settledToast());
    expect(host.toast?.title).toBe("Created 3 vaults");
    expect(created().map((vault) => vault.title)).toEqual([UNICODE, "שלום", "café\u0301"]);
  });

  test.each([
    ["unicode", "🚀🚀🚀", /is not a group ID/],
    ["control characters", CONTROL, /is not a group ID/],
    ["huge", HUGE, /is not a group ID/],
  ])("group IDs %s: an inline error, nothing created", async (_, groupIds, error) => {
    const screen = await openForm();
    await screen.submit({ title: "Fine", groupIds });
    expect(field(screen, "groupIds")?.error).toMatch(error);
    expect(app().callsNamed("VaultsCreate")).toHaveLength(0);
  });

  // The error quotes what was typed, shortened: a pasted 10,000-character text must not become a 10,000-character error.
  test("a huge group ID's inline error stays one short line", async () => {
    const screen = await openForm();
    await screen.submit({ title: "Fine", groupIds: HUGE });
    expect(field(screen, "groupIds")?.error).toMatch(CLEAR_ERROR);
  });

  test("a quick create from a huge or control-character argument opens the form with the error showing", async () => {
    for (const title of [HUGE, CONTROL]) {
      const screen = await openCommand("create-vault", { arguments: { title } });
      await screen.waitFor((s) => s.kind() === "Form");
      expect(field(screen, "title")?.error).toMatch(CLEAR_ERROR);
      await screen.unmount();
    }
    expect(app().callsNamed("VaultsCreate")).toHaveLength(0);
  });
});

describe("Manage Vaults forms", () => {
  let vaultId: string;
  let developers: string;

  async function openEdit(): Promise<Screen> {
    vaultId = acme.addVault({ title: "Finance", description: "Invoices" });
    developers = acme.addGroup({ title: "Developers" });
    const screen = await openCommand("manage-vaults");
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
    return screen;
  }
  const vault = () => acme.state.vaults.get(vaultId);

  test.each([
    ["empty", "", "Enter a title."],
    ["huge", HUGE, "Use at most 100 characters."],
    ["control characters", CONTROL, "Remove line breaks, tabs and other control characters."],
  ])("Rename Vault, title %s: inline error, nothing sent", async (_, title, error) => {
    const screen = await openEdit();
    await screen.press("cmd+e");
    await screen.submit({ title });
    expect(field(screen, "title")?.error).toBe(error);
    expect(app().callsNamed("VaultsUpdate")).toHaveLength(0);
    expect(vault()?.title).toBe("Finance");
  });

  test("Rename Vault with unicode and a huge, multi-line description saves exactly", async () => {
    const screen = await openEdit();
    await screen.press("cmd+e");
    const description = `${UNICODE}\n\t${CONTROL}\n${HUGE}`;
    await screen.submit({ title: ` ${UNICODE} `, description });
    await screen.waitFor((s) => s.kind() === "List" && s.items()[0]?.title === UNICODE);
    expect(vault()).toMatchObject({ title: UNICODE, description });
    expect(host.toast?.title).toBe(`Saved vault “${UNICODE}”`);
  });

  test.each([
    ["empty", "", /^Enter a group ID\.$/],
    ["unicode", "🚀 עברית", /are not group IDs/],
    ["control characters", CONTROL, /is not a group ID/],
    ["two ids", "aaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbb", /^Enter one group ID\.$/],
  ])("Grant Group, group ID %s: inline error, nothing granted", async (_, groupId, error) => {
    const screen = await openEdit();
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading());
    await screen.press("cmd+n");
    await screen.submit({ groupId });
    expect(field(screen, "groupId")?.error).toMatch(error);
    expect(app().callsNamed("VaultsGrantGroupPermissions")).toHaveLength(0);
  });

  test("Grant Group with the id in capitals, padded, with a trailing line break: granted", async () => {
    const screen = await openEdit();
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading());
    await screen.press("cmd+n");
    await screen.submit({ groupId: `  ${developers.toUpperCase()}\n` });
    await screen.waitFor((s) => s.kind() === "List" && s.items().some((item) => item.title === "Developers"));
    expect(vault()?.groupAccess.has(developers)).toBe(true);
  });

  test("Grant Group with a huge group ID: the inline error stays one short line", async () => {
    const screen = await openEdit();
    await screen.press("cmd+p");
    await screen.waitFor((s) => !s.isLoading());
    await screen.press("cmd+n");
    await screen.submit({ groupId: HUGE });
    expect(field(screen, "groupId")?.error).toMatch(CLEAR_ERROR);
  });
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
