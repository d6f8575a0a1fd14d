import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { ITEMS_PATCH, patchItems } from "../../scripts/sdk-items-list-patch";
import { isDecodedItemsList } from "../../src/onepassword/items-list-decoder";
import { ListingPayload } from "../../src/onepassword/listing-payload";
import { rowOf } from "../../src/onepassword/overview-row";
import { itemOverviewSchema } from "../../src/onepassword/schemas";
import { clientOverOneVault, installDesktopApp, loadSdk } from "../../test-world/sim/index";
import { rowsOfColumns } from "./listing-rows";
import { evaluateSdkModule, sdkDir, sdkSource } from "./sdk-file";

const root = join(__dirname, "..", "..");
const originalSource = sdkSource(ITEMS_PATCH.file);
const decoderPath = join(root, "src", "onepassword", "items-list-decoder.ts");

type Lister = (vaultId: string, ...filters: unknown[]) => Promise<unknown>;
interface ItemsLike {
  list: Lister;
  listRows?: Lister;
}
type ItemsClass = new (inner: unknown) => ItemsLike;

const loadItems = (source: string) => evaluateSdkModule<{ Items: ItemsClass }>(source).Items;

const Original = loadItems(originalSource);
const Patched = loadItems(patchItems(originalSource, decoderPath));

/** Items over an inner client that answers every invocation with `answer`, recording what it was asked. */
function itemsOver(Items: ItemsClass, answer: unknown) {
  const asked: unknown[] = [];
  const items = new Items({ id: 7, invoke: async (config: unknown) => (asked.push(config), answer) });
  return { items, asked };
}

type Outcome = { value: unknown; asked: unknown[] } | { error: string; message: string };
async function outcome(Items: ItemsClass, answer: unknown, method: "list" | "listRows"): Promise<Outcome> {
  const { items, asked } = itemsOver(Items, answer);
  try {
    return { value: await items[method]!("vault", { type: "ByState", content: { active: true } }), asked };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

/**
 * `list` answers as before, whether the envelope kept the answer as bytes or the SDK decoded it to a string; so does
 * `listRows` on a string, and on bytes it answers as before too, or with exactly the rows of that answer.
 */
async function expectSame(answer: string): Promise<void> {
  const before = await outcome(Original, answer, "list");
  const kept = new ListingPayload(Buffer.from(answer, "utf8"));
  const decodedBefore = await outcome(Original, kept.text(), "list");
  expect(await outcome(Patched, answer, "list")).toEqual(before);
  expect(await outcome(Patched, answer, "listRows")).toEqual(before);
  expect(await outcome(Patched, kept, "list")).toEqual(decodedBefore);
  const rows = await outcome(Patched, kept, "listRows");
  if ("value" in rows && isDecodedItemsList(rows.value)) {
    if (!("value" in decodedBefore)) throw new Error("decoded an answer the SDK refuses");
    const parsed = z.array(itemOverviewSchema).parse(decodedBefore.value);
    expect(rowsOfColumns(rows.value.columns)).toEqual(parsed.map(rowOf));
    expect(rows.asked).toEqual(decodedBefore.asked);
  } else expect(rows).toEqual(decodedBefore);
}

describe("the pinned SDK items file", () => {
  test("is the installed one: an SDK upgrade fails here until Items.list is re-checked and re-pinned", () => {
    const installed = JSON.parse(readFileSync(join(sdkDir, "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(ITEMS_PATCH.sdkVersion);
    expect(createHash("sha256").update(originalSource, "utf8").digest("hex")).toBe(ITEMS_PATCH.sha256);
  });

  test("a changed file is refused, not patched", () => {
    expect(() => patchItems(originalSource.replace("ItemsList", "ItemsLists"), decoderPath)).toThrow(/ITEMS_PATCH/);
  });

  test("the bundled SDK the extension loads carries listRows", () => {
    const bundled = readFileSync(join(root, "assets", "onepassword-sdk", "sdk.js"), "utf8");
    expect(bundled).toContain("listRows(vaultId, ...filters)");
    expect(bundled).toContain(".readListingAnswer(answer, rows");
  });
});

describe("the patched Items answer exactly as the original", () => {
  const overview = fc.record({
    id: fc.oneof(fc.stringMatching(/^[a-z0-9]{26}$/), fc.string({ maxLength: 3 })),
    title: fc.string({ unit: "binary", maxLength: 12 }),
    category: fc.constantFrom("Login", "Password", "Future"),
    vaultId: fc.constant("v".repeat(26)),
    websites: fc.oneof(fc.array(fc.record({ url: fc.webUrl(), label: fc.string() })), fc.constant(null)),
    tags: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
    state: fc.constantFrom("active", "archived"),
    createdAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.integer(),
    ),
    updatedAt: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
  });

  test("on listings, well-formed or not, and on answers that are no listing", async () => {
    const answers = fc.oneof(
      fc.array(overview, { maxLength: 4 }).map((items) => JSON.stringify(items)),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(fc.asyncProperty(answers, expectSame), { numRuns: 500 });
  });

  test("the simulator's listing, through the bundled SDK: list unchanged, listRows the same rows", async () => {
    const app = installDesktopApp();
    try {
      const { client, vaultId } = await clientOverOneVault(loadSdk(), app, 300);
      const filter = { type: "ByState", content: { active: true, archived: true } } as const;
      const overviews = await client.items.list(vaultId, filter);
      expect(overviews).toHaveLength(300);
      expect(overviews[0]?.createdAt).toBeInstanceOf(Date);
      const decoded = await (client.items as unknown as ItemsLike).listRows!(vaultId, filter);
      if (!isDecodedItemsList(decoded)) throw new Error("the simulator's listing was not decoded");
      expect(rowsOfColumns(decoded.columns)).toEqual(z.array(itemOverviewSchema).parse(overviews).map(rowOf));
    } finally {
      app.uninstall();
    }
  });
});
