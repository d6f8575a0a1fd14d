import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { CLEAR_ERROR, CONTROL, HUGE, UNICODE, useFormWorld } from "./form-inputs";

/** Bad input in Manage Vaults' rename and grant forms: a clear inline error and nothing sent, or saved exactly. */

const app = useFormWorld();

let acme: AccountHandle;
beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
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
