import { host, loadBuiltCommand } from "../../test-world/host";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { itemsTitled } from "../../test-world/support/save-item";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { pkcs8Ed25519Key } from "../../test-world/fixtures/ssh-keys";

/** Save Item as `ray build` wrote it (dist/save-item.js), driven like a person. */

const app = useSimulatedApp();
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  acme.addVault({ title: "Engineering" });
});
afterEach(() => host.setAssetsPath(""));

const TOKEN = "glpat-" + "Vb7Nm2Qx9Lk4Rt6Yw8Za";

test("save-item: the copied GitLab token is saved with ⌘↵", async () => {
  host.userCopies(TOKEN);
  const screen = await openCommand("save-item", { module: loadBuiltCommand("save-item") });
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  expect(field(screen, "title")?.value).toBe("GitLab Token");
  await screen.press("cmd+enter");
  await screen.waitFor(() => host.toast?.title === "Saved “GitLab Token”");
  expect(itemsTitled(app(), "GitLab Token")[0]?.fields).toEqual(
    expect.arrayContaining([expect.objectContaining({ id: "credential", value: TOKEN })]),
  );
  expectNoLeakOrCrash(app(), [TOKEN]);
});

test("save-item: a copied PKCS#8 private key is saved as an SSH Key", async () => {
  const key = pkcs8Ed25519Key();
  host.userCopies(key);
  const screen = await openCommand("save-item", { module: loadBuiltCommand("save-item") });
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading() && field(s, "vault")?.value !== "");
  expect(field(screen, "category")?.value).toBe("SshKey");
  await screen.press("cmd+enter");
  await screen.waitFor(() => host.toast?.title === "Saved “SSH Key”");
  expect(itemsTitled(app(), "SSH Key")[0]?.fields).toEqual([
    expect.objectContaining({ id: "private_key", fieldType: "SshKey", value: key.trim() }),
  ]);
  expectNoLeakOrCrash(app(), [key.trim()]);
});
