import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { openCommand, openCreateVaultForm } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { settledToast } from "../../test-world/support/faults";
import { CLEAR_ERROR, CONTROL, HUGE, UNICODE, useFormWorld } from "./form-inputs";

/** Bad input in the Create Vault form: a clear inline error and nothing created, or the vaults created exactly. */

const app = useFormWorld();

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
