import { clientOverOneVault, DesktopApp, generateWorld, installDesktopApp, loadSdk } from "../../test-world/sim/index";

const sdk = loadSdk();

function snapshotOf(app: DesktopApp): string[] {
  const out: string[] = [];
  for (const account of app.world.accounts) {
    out.push(`${account.name}|${account.uuid}|${account.type}`);
    for (const vault of account.vaults.values()) {
      out.push(`${vault.id}|${vault.title}|${[...vault.groupAccess].join(",")}`);
      for (const item of vault.items.values()) {
        out.push(
          `${item.id}|${item.title}|${item.category}|${item.state}|${item.tags}|${item.fields.map((f) => f.value).join(",")}`,
        );
      }
    }
    for (const env of account.environments.values()) out.push(`${env.id}|${env.name}|${JSON.stringify(env.variables)}`);
  }
  return out;
}

describe("generateWorld", () => {
  test("the same seed gives the same world; another seed a different one", () => {
    const options = { accounts: 3, vaults: 12, items: 600, groups: 3, environments: 4 };
    const a = new DesktopApp();
    const b = new DesktopApp();
    const c = new DesktopApp();
    generateWorld(a, { seed: "alpha", ...options });
    generateWorld(b, { seed: "alpha", ...options });
    generateWorld(c, { seed: "beta", ...options });
    expect(snapshotOf(a)).toEqual(snapshotOf(b));
    expect(snapshotOf(a)).not.toEqual(snapshotOf(c));
  });

  // How fast: bench/simulator.bench.ts.
  test("50,000 items in 200 vaults, realistic and with unique secret values", () => {
    const app = new DesktopApp();
    const world = generateWorld(app, { seed: 7, accounts: 4, vaults: 200, items: 50_000 });
    expect(world.itemCount).toBe(50_000);
    expect(world.vaultCount).toBe(200);
    expect(world.accounts.map((a) => a.type)).toEqual(["business", "individual", "teams", "family"]);

    const items = app.world.accounts.flatMap((a) => [...a.vaults.values()].flatMap((v) => [...v.items.values()]));
    expect(items).toHaveLength(50_000);
    const ids = new Set([...items.map((i) => i.id), ...app.world.vaults.keys()]);
    expect(ids.size).toBe(50_200);
    expect([...ids].filter((id) => !/^[a-z2-7]{26}$/.test(id))).toEqual([]);

    const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
    const logins = count((i) => i.category === "Login");
    expect(logins).toBeGreaterThan(count((i) => i.category === "ApiCredentials"));
    expect(count((i) => i.category === "ApiCredentials")).toBeGreaterThan(count((i) => i.category === "CreditCard"));
    expect(count((i) => i.state === "archived") / items.length).toBeGreaterThan(0.03);
    expect(count((i) => i.fields.some((f) => f.fieldType === "Totp"))).toBeGreaterThan(logins * 0.15);
    expect(count((i) => i.tags.length > 0)).toBeGreaterThan(items.length / 2);
    expect(items.some((i) => i.title.startsWith("GitHub") && i.websites[0]?.url === "https://github.com")).toBe(true);
    const api = items.find((i) => i.category === "ApiCredentials");
    expect(api?.fields.map((f) => f.id)).toEqual(["username", "credential"]);

    const values = app.allSecretValues().filter((v) => !/^\d{6}$/.test(v));
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(80_000);
  });

  // How fast: bench/simulator.bench.ts.
  test("ItemsList over a vault of 250 items is answered through the real SDK", async () => {
    const app = installDesktopApp();
    try {
      const { client, vaultId } = await clientOverOneVault(sdk, app, 250);
      await client.items.list(vaultId);
      const overviews = await client.items.list(vaultId, {
        type: "ByState",
        content: { active: true, archived: true },
      });
      expect(overviews).toHaveLength(250);
      expect(overviews[0]?.createdAt).toBeInstanceOf(Date);
    } finally {
      app.uninstall();
    }
  });
});
