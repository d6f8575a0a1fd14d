import { addEnvironment } from "../../src/onepassword/registered-environments";
import { host } from "../../test-world/host";
import { canary, canaryValues, expectNoLeakOrCrash, leaksIn } from "../../test-world/support/canary";
import { openCommand, openCreateVaultForm, runClearClipboard } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { clearRecords } from "../../test-world/support/clear-records";
import { expectCleanSweep, expectRan, sweep } from "../../test-world/support/sweep";

// Each sweep walks every action of every row and the views they push: minutes on a busy machine, not a hang.
jest.setTimeout(180_000);

/**
 * The canary sweep: unique values everywhere, every safe action of every screen run, then every place a value must
 * never reach is searched. Views and rows that show a value by design (Reveal Value, an unmasked variable) are kept
 * apart and checked to hold only what they are meant to.
 */

const app = useSimulatedApp();

describe("Search Environments", () => {
  const STAGING = {
    API_KEY: canary("env-api"),
    TRICKY: `${canary("env-tricky")}\nline two with 'quotes' and "double" and $HOME`,
    "FEATURE-FLAG": canary("env-flag"),
  };
  const REGION = canary("env-region-unmasked");
  const PROD = { STRIPE_SECRET: canary("env-stripe"), DATABASE_URL: `postgres://u:${canary("env-db")}@db/app` };
  const DENIED = { HIDDEN: canary("env-hidden") };

  async function seed() {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const staging = acme.addEnvironment({
      name: "Staging",
      variables: [
        ...Object.entries(STAGING).map(([name, value]) => ({ name, value })),
        { name: "REGION", value: REGION, masked: false },
      ],
    });
    const prod = acme.addEnvironment({ name: "Production", variables: PROD });
    const denied = acme.addEnvironment({ name: "Locked Away", variables: DENIED });
    for (const [id, label] of [
      [staging, "Staging"],
      [prod, "Production"],
      [denied, "Locked Away"],
    ] as const)
      await addEnvironment({ id, label, account: "Acme" });
    acme.denyEnvironment(denied);
  }

  const extra = [...Object.values(STAGING), REGION, ...Object.values(PROD), ...Object.values(DENIED)];

  test.each([
    ["copy first, toasts", { primaryAction: "copy", closeWindowAfterCopy: false }],
    ["paste first, HUDs", { primaryAction: "paste", closeWindowAfterCopy: true }],
  ])("every action on every row (%s) keeps values off every surface", async (_, preferences) => {
    await seed();
    const screen = await openCommand("search-environments", { preferences });
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 7);
    const result = await sweep(screen, {
      revealsValues: (s) => s.kind() === "Detail",
      // The list shows an unmasked variable's value by design.
      rowShowsValue: (title) => title === "REGION",
    });
    // The clear is scheduled (its record holds no value: expectCleanSweep searches storage), and a clear by hand.
    expect(clearRecords()).not.toEqual([]);
    await runClearClipboard();
    expect(host.huds.at(-1)?.title).toMatch(
      /^(Cleared an? .+ from the clipboard|Clipboard holds something else · left it alone)$/,
    );

    // The sweep did what it claims: every value-touching action ran, on rows of each Environment.
    expectRan(result, [
      "Copy Value",
      "Paste Value",
      "Copy as .env Line",
      "Reveal Value",
      "Show Value",
      "Copy Environment as .env",
      "Copy Environment as Shell Exports",
      "Copy Environment as JSON",
      "Copy Selected as .env",
      "Copy Error Details",
      "Reload Value",
    ]);
    // Pastes ran, and none went through Clipboard.paste (on this system each stayed a concealed copy and said so).
    expect(host.pastes).toEqual([]);
    expect(host.huds.some((hud) => / not pasted: /.test(hud.title))).toBe(true);

    expectCleanSweep(app(), result, extra);
    const all = canaryValues(app(), extra);
    // Every copy of a value was concealed; pastes are the only plain writes that held one.
    const plain = host.clipboardHistory.filter((write) => !write.concealed && write.via !== "user");
    expect(plain.filter((write) => write.via === "copy").every((write) => leaksIn(write.text, all).length === 0)).toBe(
      true,
    );
    // What is shown by design shows only what it should: revealed values, never the denied Environment's.
    const revealed = result.revealed.join("\n");
    expect(revealed).toContain(STAGING.API_KEY);
    expect(revealed).toContain(REGION);
    expect(leaksIn(revealed, Object.values(DENIED))).toEqual([]);
  });
});

describe("Manage Vaults and Create Vault", () => {
  function seed() {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const finance = acme.addVault({ title: "Finance", description: "Invoices" });
    acme.addItem(finance, { title: "Bank", category: "Login", otp: true, notes: canary("vault-note") });
    acme.addItem(finance, { title: "Stripe", category: "ApiCredentials" });
    const developers = acme.addGroup({ title: "Developers" });
    acme.grant(finance, developers, 32);
    const locked = acme.addVault({ title: "Locked" });
    acme.addItem(locked, { title: "Root", category: "Password" });
    app().denyVault(locked, ["read"]);
    return acme;
  }

  test("every vault action and view (items excluded: Search Secrets owns them) keeps item values off every surface", async () => {
    seed();
    const screen = await openCommand("manage-vaults");
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
    const result = await sweep(screen, {
      // The vault's items are Search Secrets' list: looked at here, their actions swept there.
      allow: (action, at) => action.title !== "Open in 1Password" && at.navigationTitle() !== "Finance",
      maxDepth: 2,
    });
    expectRan(result, ["Open Vault Items", "Manage Permissions", "Copy Vault ID", "Copy Group ID", "Copy User ID"]);
    expectCleanSweep(app(), result);
  });

  test("creating vaults (form, several, quick) shows no item value anywhere", async () => {
    seed();
    const form = await openCreateVaultForm(app());
    await form.submit({ title: "Finance", description: "second one" });
    await form.waitFor(() => host.toast?.title === "Created vault “Finance”");
    await form.setValue("several", true);
    await form.submit({ titles: "A\nB" });
    await form.waitFor(() => host.toast?.title === "Created 2 vaults");
    await form.unmount();
    const quick = await openCommand("create-vault", { arguments: { title: "Quick" } });
    await quick.waitFor(() => host.huds.length > 0);
    expectNoLeakOrCrash(app());
  });
});

describe("Search Secrets", () => {
  function seed() {
    const acme = app().addAccount({ name: "Acme", type: "business" });
    const engineering = acme.addVault({ title: "Engineering" });
    const ops = acme.addVault({ title: "Ops" });
    acme.addItem(engineering, { title: "GitHub", category: "Login", otp: true, websites: ["https://github.com"] });
    acme.addItem(engineering, { title: "Stripe", category: "ApiCredentials", tags: ["payments"] });
    acme.addItem(ops, { title: "Postgres", category: "Database", notes: canary("item-note") });
    acme.addItem(ops, { title: "Corporate Card", category: "CreditCard" });
    acme.addItem(ops, { title: "Deploy Key", category: "SshKey" });
    acme.addItem(ops, {
      title: "Service Account",
      category: "Login",
      sections: [{ id: "staging", title: "Staging" }],
      fields: [
        { id: "username", title: "username", value: "svc-account-user" },
        { id: "password", title: "password", fieldType: "Concealed", value: canary("svc-password") },
        {
          id: "token",
          title: "token",
          fieldType: "Concealed",
          value: `${canary("svc-token")}'"\`\n`,
          sectionId: "staging",
        },
        { id: "url", title: "endpoint", fieldType: "Url", value: "https://api.example.com" },
      ],
    });
    const locked = acme.addVault({ title: "Restricted" });
    acme.addItem(locked, { title: "Root Password", category: "Password" });
    return { acme, locked };
  }

  test.each([
    ["copy first, toasts", { primaryAction: "copy", closeWindowAfterCopy: false }],
    ["paste first, HUDs", { primaryAction: "paste", closeWindowAfterCopy: true }],
  ])("every action on every item and its details (%s) keeps values off every surface", async (_, preferences) => {
    const { locked } = seed();
    const screen = await openCommand("search-secrets", { preferences });
    await screen.waitFor((s) => !s.isLoading() && s.items().length === 7);
    // One item becomes unreadable after listing: its actions fail, and the failure must not carry values either.
    app().denyVault(locked, ["read"]);
    const result = await sweep(screen, {
      // The details view is the one place values are meant to be on screen: plain fields (username, URLs) as the app
      // shows them, concealed ones after Reveal Values (that they stay masked before it is a UI test of its own).
      revealsValues: (s) => s.kind() === "Detail",
      rowReady: (s) =>
        s
          .waitFor((at) => at.actions().some((action) => action.path[0] === "Copy Field"), { timeout: 1_000 })
          .then(() => s.settle())
          .catch(() => undefined),
    });
    const ran = expectRan(result, [
      "Copy Password",
      "Paste Password",
      "Copy Username",
      "Paste Username",
      "Copy One-Time Password",
      "Paste One-Time Password",
      "Copy Field > password",
      "Copy Secret Reference > password",
      "Show Details",
      "Reveal Values",
      "Copy Item as .env Reference",
      "Open in 1Password",
    ]);
    expect(ran.some((line) => line.startsWith("Copy Field > Staging"))).toBe(true);
    // Pastes ran, and none went through Clipboard.paste (on this system each stayed a concealed copy and said so).
    expect(host.pastes).toEqual([]);
    expect(host.huds.some((hud) => / not pasted: /.test(hud.title))).toBe(true);

    expectCleanSweep(app(), result);
    expect(leaksIn(result.revealed.join("\n"), canaryValues(app())).length).toBeGreaterThan(0);
  });
});
