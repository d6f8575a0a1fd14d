import { host, loadBuiltCommand } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/** Generate Password as `ray build` wrote it (dist/generate-password.js), driven like a person. */

const app = useSimulatedApp();
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  acme.addVault({ title: "Engineering" });
});
afterEach(() => host.setAssetsPath(""));

test("generate-password: opens on a password from 1Password's generator and copies it concealed", async () => {
  const screen = await openCommand("generate-password", { module: loadBuiltCommand("generate-password") });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 1);
  const password = screen.items()[0]?.title ?? "";
  expect(password).toHaveLength(20);
  await screen.press("enter");
  expect(host.clipboard).toEqual({ text: password, concealed: true });
  expectNoLeakOrCrash(app(), [password]);
});
