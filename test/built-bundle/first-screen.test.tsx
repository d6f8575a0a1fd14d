import { LaunchType } from "@raycast/api";
import { host, loadBuiltCommand, runNoViewCommand } from "../../test-world/host";
import { openCommand, type OpenOptions, type ViewCommandName } from "../../test-world/support/commands";
import { sortedItemTitles } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * What ships is what is tested: each command as `ray build` wrote it (dist/<command>.js, with its own copy of every
 * module and the SDK loaded from dist/assets), driven in the headless host against the simulated app to its first
 * real screen.
 */
const app = useSimulatedApp();
beforeEach(() => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const dev = acme.addVault({ title: "Engineering", description: "Shared with the team" });
  acme.addItem(dev, { title: "GitHub", category: "Login", websites: ["https://github.com"] });
  acme.addItem(dev, { title: "Stripe", category: "ApiCredentials" });
});
afterEach(() => host.setAssetsPath(""));

/** Opens the command as the build wrote it. */
const open = (name: ViewCommandName, options: OpenOptions = {}) =>
  openCommand(name, { ...options, module: loadBuiltCommand(name) });

test("search-secrets: lists the account's items from 1Password", async () => {
  const screen = await open("search-secrets");
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  expect(sortedItemTitles(screen)).toEqual(["GitHub", "Stripe"]);
  expect(app().callsNamed("ItemsList").length).toBeGreaterThan(0);
});

test("search-environments: shows a registered Environment's variables", async () => {
  const acme = app().account("Acme");
  const id = acme.addEnvironment({
    name: "Staging",
    variables: [{ name: "API_URL", value: "https://api.test", masked: false }],
  });
  await host.internal.localStorage.set(
    "environments.registered",
    JSON.stringify([{ id, label: "Staging", account: "Acme" }]),
  );
  const screen = await open("search-environments");
  await screen.waitFor((s) => !s.isLoading() && s.items().some((item) => item.title === "API_URL"));
  expect(screen.sections().map((section) => section.title)).toContain("Staging");
});

test("manage-vaults: lists vaults with their item counts", async () => {
  const screen = await open("manage-vaults");
  await screen.waitFor((s) => !s.isLoading() && s.items().length > 0);
  const vault = screen.items().find((item) => item.title === "Engineering");
  expect(vault?.accessories).toEqual(expect.arrayContaining(["2 items"]));
});

test("create-vault: a title argument creates the vault at once", async () => {
  const screen = await open("create-vault", { arguments: { title: "Q3 Launch" } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  await screen.waitFor(() => host.huds.length > 0);
  expect(host.huds.at(-1)?.title).toContain("Q3 Launch");
  expect([...app().account("Acme").state.vaults.values()].map((vault) => vault.title)).toContain("Q3 Launch");
});

test("create-vault: without an argument it shows the form", async () => {
  const screen = await open("create-vault");
  await screen.waitFor((s) => s.kind() === "Form");
  expect(screen.fields().map((field) => field.id)).toEqual(expect.arrayContaining(["title", "description"]));
});

test("clear-clipboard: run by hand with nothing pending says so", async () => {
  await runNoViewCommand(loadBuiltCommand("clear-clipboard"), {
    commandName: "clear-clipboard",
    launchType: LaunchType.UserInitiated,
    preferences: { accounts: "Acme" },
  });
  expect(host.huds.map((hud) => hud.title)).toEqual(["No copied secret to clear"]);
});
