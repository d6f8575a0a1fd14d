import { host } from "../../test-world/host";
import { expectNoSecretLeak } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { sortedItemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { seededItems } from "./seeded-items";

/** Which items Search Secrets lists: one vault when scoped to it, every configured account otherwise. */
const app = useSimulatedApp();
const { seed } = seededItems(app);

test("scoped to one vault (Manage Vaults reuses it): only that vault's items, titled with the vault", async () => {
  const ids = seed();
  const { ItemList } = await import("../../src/components/items/ItemList");
  const screen = await openCommand("search-secrets", {
    module: () => (
      <ItemList
        preferences={{
          accounts: ["Acme"],
          clearAfterSeconds: 90,
          primaryAction: "copy",
          closeWindowAfterCopy: true,
          fillBy: "typing",
          pressReturnAfterFill: false,
        }}
        scope={{ account: "Acme", vaultId: ids.ops, vaultTitle: "Ops" }}
      />
    ),
  });
  await screen.waitFor((s) => !s.isLoading() && s.items().length > 0);
  expect(screen.navigationTitle()).toBe("Ops");
  expect(sortedItemTitles(screen)).toEqual(["Datadog", "GitLab", "Postgres Production"]);
  await screen.type("git");
  expect(screen.items().map((item) => item.title)).toEqual(["GitLab"]);
});

test("several accounts: rows of both, each naming its account; one account failing keeps the other's rows", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const home = app().addAccount({ name: "Home", type: "family" });
  acme.addItem(acme.addVault({ title: "Engineering" }), { title: "GitHub Work", category: "Login" });
  home.addItem(home.addVault({ title: "Personal", type: "personal" }), { title: "GitHub Personal", category: "Login" });
  // The second account is configured by UUID, as the preference allows.
  const screen = await openCommand("search-secrets", { preferences: { accounts: `Acme, ${home.uuid}` } });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  await screen.type("github");
  const rows = screen.items();
  expect(rows.map((row) => row.title).sort()).toEqual(["GitHub Personal", "GitHub Work"]);
  expect(rows.find((row) => row.title === "GitHub Work")?.accessories.join(" ")).toContain("Acme");
  expect(rows.find((row) => row.title === "GitHub Personal")?.accessories.join(" ")).toContain(home.uuid);
  // The dropdown offers each account.
  expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(expect.arrayContaining(["Acme", home.uuid]));

  // Home's vault list fails on the next refresh while Acme's succeeds: both accounts' rows stay (Home's from the
  // index), Acme's refresh lands, and a toast names the failure with its recovery.
  acme.addItem(acme.addVault({ title: "Ops" }), { title: "GitHub Actions", category: "ApiCredentials" });
  app().failNext((call) => call.name === "VaultsList" && call.account.toLowerCase() === home.uuid.toLowerCase(), {
    message: "permission denied: you do not have access to this account's vaults",
  });
  await screen.press("cmd+r");
  await screen.waitFor(() => host.toasts.some((toast) => toast.title === "Permission Denied"));
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 3);
  expect(
    screen
      .items()
      .map((row) => row.title)
      .sort(),
  ).toEqual(["GitHub Actions", "GitHub Personal", "GitHub Work"]);
  expectNoSecretLeak(app());
});
