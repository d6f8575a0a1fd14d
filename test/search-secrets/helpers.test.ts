import { envNameFor, formatEnvReferences, uniqueEnvNames } from "../../src/domain/env-references";
import { accountValue, categoryValue, filterFor, vaultValue } from "../../src/components/items/filter-value";
import { titleCase } from "../../src/domain/item-shape";
import { openInAppUrl } from "../../src/domain/open-in-app";
import { describeVaultFailures } from "../../src/components/items/vault-failures";
import type { VaultFailure } from "../../src/onepassword/metadata-index";
import { boostOf, parseFrecency, recordUse } from "../../src/hooks/useFrecency";
import { browseItems } from "../../src/search/browse-items";
import { createItemSearch } from "../../src/search/item-search";
import { VaultItems } from "../../src/lib/vault-items";
import { generateItemSummaries } from "../../test-world/fixtures/item-summaries";

describe(".env reference names", () => {
  test("upper snake case from title and field, accents folded, never starting with a digit", () => {
    expect(envNameFor("GitHub (personal)", "password")).toBe("GITHUB_PERSONAL_PASSWORD");
    expect(envNameFor("Stripe — Prod/EU", "credential")).toBe("STRIPE_PROD_EU_CREDENTIAL");
    expect(envNameFor("Développement", "one-time password")).toBe("DEVELOPPEMENT_ONE_TIME_PASSWORD");
    expect(envNameFor("1Password CLI", "token")).toBe("_1PASSWORD_CLI_TOKEN");
    expect(envNameFor("🔑", "")).toBe("SECRET");
  });

  test("duplicates get suffixes, even when a suffixed name already exists", () => {
    expect(uniqueEnvNames(["A", "A", "A_2", "A"])).toEqual(["A", "A_2", "A_2_2", "A_3"]);
  });

  test("references with spaces are quoted", () => {
    expect(
      formatEnvReferences([
        { itemTitle: "GitHub", fieldLabel: "password", reference: "op://Dev/GitHub/password" },
        { itemTitle: "GitHub", fieldLabel: "password", reference: "op://Dev Ops/abc123/password" },
      ]),
    ).toBe('GITHUB_PASSWORD=op://Dev/GitHub/password\nGITHUB_PASSWORD_2="op://Dev Ops/abc123/password"');
  });
});

describe("frecency", () => {
  const day = 24 * 60 * 60 * 1000;
  test("more and more recent uses boost more, within the search's 0–0.5 band", () => {
    let entries = recordUse({}, "a", 0);
    entries = recordUse(entries, "a", day);
    entries = recordUse(entries, "b", 0);
    const a = boostOf(entries, "a", day);
    const b = boostOf(entries, "b", day);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
    expect(boostOf(entries, "never", day)).toBe(0);
    for (let i = 0; i < 1000; i++) entries = recordUse(entries, "a", day);
    expect(boostOf(entries, "a", day)).toBeLessThanOrEqual(0.5);
    // Old uses fade: two months later the boost is a fraction of what it was.
    expect(boostOf(entries, "b", 60 * day)).toBeLessThan(b / 10);
  });

  test("bad stored text reads as empty; the stored form round-trips", () => {
    expect(parseFrecency("{oops")).toEqual({});
    expect(parseFrecency(JSON.stringify({ a: ["x", 1] }))).toEqual({});
    const entries = recordUse({}, "acct/vault/item", 5);
    expect(parseFrecency(JSON.stringify(entries))).toEqual(entries);
  });
});

describe("the first frame's listing", () => {
  const items = generateItemSummaries({ seed: 3, count: 2000 });

  test("lists what the search index's browse lists, in the same order, with and without boost", () => {
    const search = createItemSearch(items);
    const boost = (item: { id: string }) => (item.id.charCodeAt(0) % 3) / 10;
    for (const options of [
      { limit: 150 },
      { limit: 150, boost },
      { limit: 40, filter: { archived: "only" as const } },
      { limit: 150, filter: { categories: ["Login" as const] }, boost },
    ]) {
      const expected = search.search("", options);
      const actual = browseItems(items, options);
      expect(actual.total).toBe(expected.total);
      expect(actual.items.map((item) => item.id)).toEqual(expected.items.map((item) => item.id));
    }
  });

  test("a vault listed again with the same content counts as the same rows; any change does not", () => {
    const vault = { account: "Acme", id: "v1", title: "Engineering" };
    const list = VaultItems.of(vault, items);
    const copy = items.map((item) => ({ ...item, websites: [...item.websites], tags: [...item.tags] }));
    expect(list.sameRows(VaultItems.of(vault, [...copy].reverse()))).toBe(true);
    for (const change of [
      { title: `${copy[7]!.title} (renamed)` },
      { archived: !copy[7]!.archived },
      { websites: [...copy[7]!.websites, "https://example.com"] },
      { tags: ["new"] },
      { updatedAt: copy[7]!.updatedAt + 1 },
    ]) {
      const changed = copy.map((item, i) => (i === 7 ? { ...item, ...change } : item));
      expect(list.sameRows(VaultItems.of(vault, changed))).toBe(false);
    }
    expect(list.sameRows(VaultItems.of(vault, copy.slice(1)))).toBe(false);
    expect(list.sameRows(list.renamed("Platform"))).toBe(false);
  });

  test("a vault's item is the same object each time a screen asks for it, with every field as given", () => {
    const vault = { account: "Acme", id: "v1", title: "Engineering" };
    const list = VaultItems.of(vault, items);
    expect(list.at(3)).toBe(list.at(3));
    const byId = new Map(items.map((item) => [item.id, item]));
    for (let i = 0; i < list.size; i++) {
      const given = byId.get(list.ids[i]!)!;
      expect(list.at(i)).toEqual({ ...given, account: "Acme", vaultId: "v1", vaultTitle: "Engineering" });
    }
  });
});

test("filter values, action titles and the app link", () => {
  expect(filterFor(accountValue("Acme: Prod"))).toEqual({ accounts: ["Acme: Prod"] });
  expect(filterFor(vaultValue("Acme", "v123"))).toEqual({ accounts: ["Acme"], vaultIds: ["v123"] });
  expect(filterFor(categoryValue("ApiCredentials"))).toEqual({ categories: ["ApiCredentials"] });
  expect(filterFor("category:Nope")).toEqual({});
  expect(filterFor("archived")).toEqual({ archived: "only" });
  expect(titleCase("one-time password")).toBe("One-Time Password");
  expect(openInAppUrl({ account: "Acme Corp", vaultId: "v1", id: "i1" })).toBe(
    "onepassword://view-item/?a=Acme+Corp&v=v1&i=i1",
  );
});

describe("unreadable vaults", () => {
  const denied: VaultFailure["error"] = {
    kind: "permission-denied",
    title: "Permission Denied",
    hint: "Ask a vault manager for access.",
  };
  const malformed: VaultFailure["error"] = {
    kind: "unexpected",
    title: "Unexpected Answer from 1Password",
    hint: "Copy the details.",
  };
  const failure = (vaultTitle: string, error = denied): VaultFailure => ({
    vaultId: vaultTitle.toLowerCase(),
    vaultTitle,
    error,
  });

  test("one vault: named in the title, the cause and its hint in the message", () => {
    const report = describeVaultFailures(new Map([["Acme", [failure("Finance")]]]), false);
    expect(report?.title).toBe("Couldn't Load “Finance”");
    expect(report?.message).toBe("Permission Denied. Ask a vault manager for access.");
    expect(report?.details).toBe("Error: permission-denied\nWhile: Loading “Finance”\nAccount: Acme");
  });

  test("several vaults: counted in the title, named in the message, grouped by cause", () => {
    const same = describeVaultFailures(new Map([["Acme", [failure("Finance"), failure("Legal")]]]), false);
    expect(same?.title).toBe("Couldn't Load 2 Vaults");
    expect(same?.message).toBe("“Finance”, “Legal”: Permission Denied. Ask a vault manager for access.");
    const mixed = describeVaultFailures(
      new Map([
        ["Acme", [failure("Finance"), failure("Ops", malformed)]],
        ["Home", [failure("Legal")]],
      ]),
      true,
    );
    expect(mixed?.title).toBe("Couldn't Load 3 Vaults");
    expect(mixed?.message).toBe(
      "“Finance” (Acme), “Legal” (Home): Permission Denied. “Ops” (Acme): Unexpected Answer from 1Password.",
    );
  });

  test("nothing failed: no report", () => {
    expect(describeVaultFailures(new Map(), false)).toBeUndefined();
    expect(describeVaultFailures(new Map([["Acme", []]]), false)).toBeUndefined();
  });
});
