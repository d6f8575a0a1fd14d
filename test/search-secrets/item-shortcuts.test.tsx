import { host } from "../../test-world/host";
import { openCommandLoaded } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/** Type Out and Fill Login took shortcuts of their own: no two actions of an item share one, on macOS or Windows. */
const app = useSimulatedApp();

test("every shortcut of a login's panel is unique, and the existing ones are where they were", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Web" });
  acme.addItem(vault, { title: "GitHub", category: "Login", otp: true, websites: ["github.com"] });
  const screen = await openCommandLoaded("search-secrets");
  await screen.waitFor((s) => s.actions().some((a) => a.title === "Fill Login") && !s.isLoading());
  await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Type Out Field"));
  const top = screen.actions().filter((action) => action.path.length === 0);
  for (const platform of ["shortcut", "shortcutWindows"] as const) {
    const bound = top.map((action) => action[platform]).filter((key) => key !== undefined);
    expect(bound.filter((key, i) => bound.indexOf(key) !== i)).toEqual([]);
  }
  const byTitle = Object.fromEntries(top.map((action) => [action.title, [action.shortcut, action.shortcutWindows]]));
  expect(byTitle["Type Out Password"]).toEqual(["cmd+shift+t", "ctrl+shift+t"]);
  expect(byTitle["Fill Login"]).toEqual(["cmd+shift+enter", "ctrl+shift+enter"]);
  expect(byTitle["Copy Password"]).toEqual(["cmd+opt+c", "ctrl+alt+c"]);
  expect(byTitle["Paste Password"]).toEqual(["cmd+opt+v", "ctrl+alt+v"]);
  expect(byTitle["Copy Username"]).toEqual(["cmd+shift+c", "ctrl+shift+c"]);
  expect(host.errors).toEqual([]);
});
