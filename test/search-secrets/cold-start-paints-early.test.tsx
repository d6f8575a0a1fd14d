import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/** Search Secrets with nothing stored yet (a first run, or after Raycast evicted its Cache) against a slow account. */
const app = useSimulatedApp();

test("a cold launch shows the first listed vault's rows while the other vaults are still being listed", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const first = acme.addVault({ title: "Personal" });
  for (const title of ["GitHub", "Mail", "Bank"]) acme.addItem(first, { title, category: "Login" });
  for (const vaultTitle of ["Team", "Infra", "Finance", "Archive Room", "Shared"]) {
    const vault = acme.addVault({ title: vaultTitle });
    for (let i = 0; i < 20; i++) acme.addItem(vault, { title: `${vaultTitle} ${i}`, category: "Login" });
  }
  // Every vault but the smallest answers only when released: the rest of the account is still on its way.
  const held = app().hang((call) => call.name === "ItemsList" && call.parameters?.vault_id !== first);

  const screen = await openCommand("search-secrets");
  await screen.waitFor((s) => s.items().length === 3, { timeout: 5_000 });
  expect(
    screen
      .items()
      .map((item) => item.title)
      .sort(),
  ).toEqual(["Bank", "GitHub", "Mail"]);
  expect(screen.isLoading()).toBe(true);
  expect(held.held).toBeGreaterThan(0);

  held.release();
  await screen.waitFor((s) => !s.isLoading() && s.sections()[0]?.subtitle === "50 of 103");
  await screen.type("infra 7");
  await screen.waitFor((s) => s.items()[0]?.title === "Infra 7");
});
