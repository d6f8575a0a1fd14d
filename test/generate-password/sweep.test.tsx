import { host } from "../../test-world/host";
import { expectNoneRecorded } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { expectRan, sweep } from "../../test-world/support/sweep";

/**
 * The canary sweep over Generate Password: every action run (each recipe option, regenerate, copy, paste, the Save
 * Item form it pushes), and every password it showed is then searched for in every store, toast, HUD and log.
 */

const app = useSimulatedApp();

test.each([
  ["copy first, toasts", { primaryAction: "copy", closeWindowAfterCopy: false }],
  ["paste first, HUDs", { primaryAction: "paste", closeWindowAfterCopy: true }],
])("every action (%s) keeps every generated password off every surface", async (_, preferences) => {
  app().addAccount({ name: "Acme", type: "business" }).addVault({ title: "Engineering" });
  const shown = new Set<string>();
  const screen = await openCommand("generate-password", { preferences });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
  const result = await sweep(screen, {
    // The row shows the password by design: it is kept apart, and collected for the search below.
    rowShowsValue: (title) => {
      shown.add(title);
      return true;
    },
  });
  expectRan(result, [
    "Copy Password",
    "Paste Password",
    "Regenerate",
    "One Character Longer",
    "Exclude Digits",
    "Length > 64",
    "Switch Recipe > Memorable",
    "Switch Recipe > PIN",
  ]);
  for (const write of host.clipboardHistory) shown.add(write.text);
  const passwords = [...shown].filter((value) => value.length >= 8);
  expect(passwords.length).toBeGreaterThan(3);
  expectNoneRecorded(passwords);
  // Every copy was concealed; only pastes write plainly, as Raycast's paste does.
  expect(host.clipboardHistory.filter((write) => write.via === "copy" && !write.concealed)).toEqual([]);
  expect(host.errors).toEqual([]);
});
