import fc from "fast-check";
import type { ItemSummary } from "../../src/lib/model";
import { itemKey } from "../../src/lib/item-key";
import { createItemSearch } from "../../src/search/item-search";
import { tokenize } from "../../src/lib/normalize";
import { generateItemSummaries } from "../../test-world/fixtures/item-summaries";

function item(overrides: Partial<ItemSummary> & Pick<ItemSummary, "id" | "title">): ItemSummary {
  return {
    account: "Acme Corp",
    vaultId: "vault-eng",
    vaultTitle: "Engineering",
    category: "Login",
    websites: [],
    tags: [],
    archived: false,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const keyOf = (entry: ItemSummary) => itemKey({ account: entry.account, vaultId: entry.vaultId, itemId: entry.id });

const HANDMADE: ItemSummary[] = [
  item({ id: "gh", title: "GitHub", websites: ["https://github.com/login"] }),
  item({ id: "gl", title: "GitLab", websites: ["gitlab.com"] }),
  item({ id: "ghe", title: "GitHub Enterprise Server Token", category: "ApiCredentials" }),
  item({ id: "aws-prod", title: "AWS (prod)", vaultId: "vault-ops", vaultTitle: "Zephyrine Ops" }),
  item({ id: "aws-dev", title: "AWS dev", vaultId: "vault-ops", vaultTitle: "Zephyrine Ops" }),
  item({ id: "admin", title: "Admin Console", websites: ["https://dash.examplecorp.io:8443/admin"] }),
  item({ id: "tagged", title: "Rotation Key", tags: ["quarterly-rotation"] }),
  item({ id: "ssh", title: "build box", category: "SshKey" }),
  item({ id: "old", title: "Old Stripe", archived: true }),
  item({ id: "stripe", title: "Stripe" }),
  item({ id: "docker", title: "Docker Hub" }),
];

const world = generateItemSummaries({ count: 5000, seed: 3 });
/** The hand-made items among 5,000 generated ones (which hold many "GitHub" and "AWS (prod)" of their own). */
const search = createItemSearch([...HANDMADE, ...world]);
/** The hand-made items alone, where exact answers can be asserted. */
const hand = createItemSearch(HANDMADE);
const ids = (query: string, limit = 150) => hand.search(query, { limit }).items.map((entry) => entry.id);

describe("item search", () => {
  it("tolerates a typo", () => {
    expect(ids("githbu")[0]).toBe("gh");
    expect(ids("stirpe")).toEqual(["stripe"]);
    expect(search.search("githbu").items[0]?.title).toBe("GitHub");
    expect(search.search("stirpe").items[0]?.title).toBe("Stripe");
  });

  it("matches words in any order, each in any field", () => {
    const forward = search.search("aws prod", { limit: 5000 });
    const backward = search.search("prod aws", { limit: 5000 });
    expect(forward.total).toBeGreaterThan(10);
    expect(backward.total).toBe(forward.total);
    expect(new Set(backward.items.map((entry) => entry.id))).toEqual(new Set(forward.items.map((entry) => entry.id)));
    // "zephyrine" is only in the vault title, "dev" only in the item title.
    expect(ids("dev zephyrine")).toEqual(["aws-dev"]);
    expect(search.search("dev zephyrine").items.map((entry) => entry.id)).toEqual(["aws-dev"]);
  });

  it("matches vault titles, website hosts, tags and category names", () => {
    expect(ids("zephyrine").sort()).toEqual(["aws-dev", "aws-prod"]);
    expect(ids("examplecorp")).toEqual(["admin"]);
    expect(ids("dash.examplecorp.io")).toEqual(["admin"]);
    expect(ids("quarterly")).toEqual(["tagged"]);
    expect(ids("ssh key build")).toEqual(["ssh"]);
    expect(ids("dockerhub")[0]).toBe("docker");
    expect(search.search("examplecorp").items.map((entry) => entry.id)).toEqual(["admin"]);
    expect(search.search("ssh key").items.every((entry) => entry.category === "SshKey")).toBe(true);
  });

  it("ranks an exact title above fuzzy and longer matches", () => {
    expect(ids("github")).toEqual(["gh", "ghe"]);
    expect(ids("gitlab")[0]).toBe("gl");
    expect(ids("stripe")).toEqual(["stripe"]);
    // Among 5,000 items the plain "GitHub" titles still come first, before "GitHub Deploy Key (prod)" and the like.
    const github = search.search("github", { limit: 5000 }).items.map((entry) => entry.title);
    expect(github[0]).toBe("GitHub");
    expect(github.indexOf("GitHub Enterprise Server Token")).toBeGreaterThan(github.lastIndexOf("GitHub"));
    expect(github).not.toContain("GitLab");
  });

  it("with no item matching every word, shows the items matching the most words, best first, and says so", () => {
    const items = [
      item({ id: "token", title: "Stripe Access Token", category: "ApiCredentials" }),
      item({ id: "login", title: "Stripe", category: "Login" }),
      item({ id: "key", title: "Twilio API Key", category: "ApiCredentials" }),
      item({ id: "none", title: "Grafana" }),
      ...["Sentry", "Datadog", "Mailgun", "Algolia"].map((name) =>
        item({ id: name, title: `${name} API Key`, category: "ApiCredentials" }),
      ),
    ];
    const small = createItemSearch(items);
    // "stripe" and "api" (its category) match the token; "key" matches nothing of it.
    const result = small.search("stripe api key");
    expect(result.closest).toEqual({ matched: 2, words: 3 });
    // The item with the rare word comes first; "api" and "key" are everywhere.
    expect(result.items[0]?.id).toBe("token");
    expect(result.total).toBe(6);
    // Every word matched somewhere: an ordinary result, not a closest one.
    expect(small.search("stripe token").closest).toBeUndefined();
    // Nothing matches any word: still empty.
    expect(small.search("zzzq wwwq")).toEqual({ items: [], total: 0 });
    // The filter applies to the closest items too.
    expect(small.search("stripe api key", { filter: { categories: ["Login"] } }).items.map((e) => e.id)).toEqual([
      "login",
    ]);
  });

  it("leaves archived items out unless asked, and applies the other filters", () => {
    // The archived "Old Stripe" is left out; the closest match stands in, marked as such.
    expect(hand.search("old stripe")).toMatchObject({ closest: { matched: 1, words: 2 }, total: 1 });
    expect(ids("old stripe")).toEqual(["stripe"]);
    expect(hand.search("old stripe", { filter: { archived: "include" } }).items.map((entry) => entry.id)).toEqual([
      "old",
    ]);
    const archivedOnly = search.search("", { filter: { archived: "only" }, limit: 10000 });
    expect(archivedOnly.items.every((entry) => entry.archived)).toBe(true);
    expect(archivedOnly.total).toBe([...HANDMADE, ...world].filter((entry) => entry.archived).length);

    const vaultId = world[0]!.vaultId;
    const inVault = search.search("a", { filter: { vaultIds: [vaultId] }, limit: 10000 });
    expect(inVault.total).toBeGreaterThan(0);
    expect(inVault.items.every((entry) => entry.vaultId === vaultId)).toBe(true);
    const logins = search.search("git", { filter: { categories: ["ApiCredentials"], accounts: ["Acme Corp"] } });
    expect(logins.items.length).toBeGreaterThan(0);
    expect(logins.items.every((entry) => entry.category === "ApiCredentials" && entry.account === "Acme Corp")).toBe(
      true,
    );
  });

  it("returns everything the filter allows for an empty query, by boost then title", () => {
    const all = search.search("   ", { limit: 20 });
    expect(all.total).toBe([...HANDMADE, ...world].filter((entry) => !entry.archived).length);
    const titles = all.items.map((entry) => entry.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const boosted = search.search("", {
      limit: 3,
      boosts: new Map([[keyOf(HANDMADE.find((entry) => entry.id === "stripe")!), 1]]),
    });
    expect(boosted.items[0]?.id).toBe("stripe");
  });

  it("lets a boost lift an item among equal text matches", () => {
    const plain = ids("aws", 10000);
    const last = plain[plain.length - 1]!;
    const boosted = search.search("aws", {
      boosts: new Map([[keyOf(HANDMADE.find((entry) => entry.id === last)!), 0.5]]),
    });
    expect(boosted.items[0]?.id).toBe(last);
  });

  it("reports the total beyond the limit", () => {
    const result = search.search("a", { limit: 10 });
    expect(result.items).toHaveLength(10);
    expect(result.total).toBeGreaterThan(1000);
  });

  it("never comes back empty for the usual queries", () => {
    const usual = [
      "g",
      "gi",
      "git",
      "gith",
      "githu",
      "github",
      "aws",
      "stripe",
      "slack",
      "google",
      "goog",
      "post",
      "s3",
    ];
    const typos = ["githbu", "stirpe", "slakc", "gogle", "kubernetse", "datadgo", "cloudfalre"];
    for (const query of [...usual, ...typos]) expect(search.search(query).items.length).toBeGreaterThan(0);
  });
});

describe("item search properties", () => {
  const items = generateItemSummaries({ count: 800, seed: 11, archivedShare: 0 });
  const small = createItemSearch(items);
  const everything = (query: string) => small.search(query, { limit: items.length }).items.map((entry) => entry.id);
  const tokenSources = (entry: ItemSummary) => [entry.title, entry.vaultTitle, ...entry.tags].flatMap(tokenize);

  it("finds an item by any prefix of any of its words, in any order", () => {
    fc.assert(
      fc.property(
        fc.nat(items.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 3 }),
        (index, picks) => {
          const target = items[index]!;
          const words = tokenSources(target);
          const query = picks.map(([w, length]) => words[w % words.length]!.slice(0, length)).join(" ");
          expect(everything(query)).toContain(target.id);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("finds an item despite one swapped pair of letters in a longer word", () => {
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(), fc.nat(), (index, w, at) => {
        const target = items[index]!;
        const words = tokenize(target.title).filter((word) => word.length >= 5);
        fc.pre(words.length > 0);
        const word = words[w % words.length]!;
        const i = 1 + (at % (word.length - 2));
        const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        expect(everything(typo)).toContain(target.id);
      }),
      { numRuns: 100 },
    );
  });

  it("counts exactly the items it returns when the limit allows all", () => {
    fc.assert(
      fc.property(fc.constantFrom("git", "aws prod", "key", "zz", "team", "dev s", "al"), (query) => {
        const result = small.search(query, { limit: items.length });
        expect(result.items).toHaveLength(result.total);
        expect(new Set(result.items.map((entry) => entry.id)).size).toBe(result.total);
      }),
    );
  });
});
