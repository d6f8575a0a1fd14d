import { host, loadBuiltCommand } from "../../test-world/host";
import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * A website URL can carry a secret: a password before the host, a token in the query, a secret path (a Slack webhook).
 * The index in Raycast's Cache (plain files on disk) keeps only the hosts, and an index an older version wrote with
 * whole URLs is dropped when it is read.
 */
const app = useSimulatedApp();
afterEach(() => host.setAssetsPath(""));

const URL_SECRETS = ["Hunter2Canary", "QueryTokenCanary", "T0WEBHOOK", "B0WEBHOOK", "PathSecretCanary"];
const WEBSITES = [
  "https://admin:Hunter2Canary@router.local/admin",
  "https://api.example.com/v1/events?token=QueryTokenCanary",
  "https://hooks.slack.com/services/T0WEBHOOK/B0WEBHOOK/PathSecretCanary",
];

/** Everything in every Cache namespace, as one text. */
const cacheText = () => JSON.stringify(host.cache);

function seed(): string {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering" });
  acme.addItem(vault, { title: "Router", category: "Login", websites: WEBSITES });
  acme.addItem(vault, { title: "GitHub", category: "Login", websites: ["https://github.com"] });
  return vault;
}

const openBuilt = () => openCommand("search-secrets", { module: loadBuiltCommand("search-secrets") });

test("the cached index holds the hosts of an item's websites, never their credentials, queries or paths", async () => {
  seed();
  const screen = await openBuilt();
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  await screen.waitFor(() => cacheText().includes("hooks.slack.com"));
  const text = cacheText();
  for (const secret of [...URL_SECRETS, "admin:", "/services/", "/v1/events", "token="])
    expect(text).not.toContain(secret);
  expect(text).toContain("router.local");
  expect(text).toContain("api.example.com");
  // The hosts are still what a search by website finds.
  await screen.type("slack");
  await screen.waitFor((s) => s.items()[0]?.title === "Router");
});

test("an index an older version wrote, with whole URLs, is dropped on read and written anew", async () => {
  const vault = seed();
  const old = new Map<string, string>([
    [
      "account:Acme",
      JSON.stringify({
        format: 3,
        account: "Acme",
        refreshedAt: 1,
        vaults: [
          {
            id: vault,
            title: "Engineering",
            description: "",
            type: "userCreated",
            itemCount: 1,
            createdAt: 0,
            updatedAt: 0,
          },
        ],
        lists: [{ vaultId: vault, generation: "old", chunks: 1 }],
        failures: [],
      }),
    ],
    ["rows:Acme:" + vault + ":old#0", JSON.stringify([["r1", "Router", 0, WEBSITES, [], 0, 0, 0]])],
    [
      "first-page:Acme",
      JSON.stringify({
        format: 3,
        account: "Acme",
        refreshedAt: 1,
        vaults: [],
        items: [],
        counts: { active: 0, archived: 0 },
      }),
    ],
    // A vault's rows from a layout before that, no longer pointed at by any head.
    ["rows:Acme:" + vault + ":older#0", JSON.stringify([["r1", "Router", 0, WEBSITES, [], 0, 0, 0]])],
  ]);
  host.internal.cache.set("metadata-index", old);
  expect(cacheText()).toContain("PathSecretCanary");
  const screen = await openBuilt();
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  await screen.waitFor(() => cacheText().includes("hooks.slack.com"));
  const text = cacheText();
  for (const secret of URL_SECRETS) expect(text).not.toContain(secret);
  expect(Object.keys(host.cache["metadata-index"] ?? {}).filter((key) => key.includes(":old"))).toEqual([]);
  expect(JSON.parse(host.cache["metadata-index"]?.["account:Acme"] ?? "{}")).toMatchObject({ format: 4 });
});
