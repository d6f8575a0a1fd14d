import fc from "fast-check";
import { z } from "zod";
import { ReviverFunc } from "@1password/sdk";
import { decodeItemsList, isDecodedItemsList } from "../../src/onepassword/items-list-decoder";
import { rowOf } from "../../src/onepassword/overview-row";
import { itemOverviewSchema } from "../../src/onepassword/schemas";
import type { ItemRow } from "../../src/lib/vault-items";
import { rowsOfColumns, utf8 } from "./listing-rows";

/**
 * The rows the SDK's own decoding and parsing, the zod schema and the row mapping give, or "refused" where that path
 * throws.
 */
function reference(bytes: Uint8Array): ItemRow[] | "refused" {
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(Buffer.from(bytes).toString("utf8"), ReviverFunc));
    return parsed.map((overview) => rowOf(itemOverviewSchema.parse(overview)));
  } catch {
    return "refused";
  }
}

/** The decoder either leaves the answer to the SDK or gives exactly the reference rows; returns which it did. */
function expectEquivalent(answer: string | Uint8Array): boolean {
  const bytes = typeof answer === "string" ? utf8(answer) : answer;
  const decoded = decodeItemsList(bytes);
  if (decoded === undefined) return false;
  expect(isDecodedItemsList(decoded)).toBe(true);
  expect(rowsOfColumns(decoded.columns)).toEqual(reference(bytes));
  return true;
}

const ISO = fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((date) => date.toISOString());
const oddDate = fc.constantFrom(
  "2024-02-30T00:00:00Z",
  "2024-13-01T00:00:00Z",
  "2024-01-01T00:00:00.123456789Z",
  "2024-01-01",
  "garbage",
  "",
  "2024-01-01T00:00:00+02:00",
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("", "\\", '"', "\u2028", "\uD800", "\u0000", "Zoë 🔑", "a\\u0041"),
);
const website = fc.record(
  {
    url: fc.oneof(fc.webUrl(), text, fc.constantFrom("github.com", "localhost:3000", "//x.org", "https://A.com.")),
    label: fc.oneof(text, fc.constant(null)),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);
const overviewFields = {
  id: fc.oneof(fc.stringMatching(/^[a-z0-9]{26}$/), text),
  title: text,
  category: fc.oneof(fc.constantFrom("Login", "Password", "SecureNote", "ApiCredentials", "Future"), text),
  vaultId: fc.oneof(fc.constant("v".repeat(26)), text),
  websites: fc.oneof(fc.array(website, { maxLength: 4 }), fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
  tags: fc.oneof(fc.array(text, { maxLength: 3 }), fc.constant(null), fc.array(fc.integer({ min: 0, max: 255 }))),
  state: fc.oneof(fc.constantFrom("active", "archived"), text, fc.constant(null)),
  createdAt: fc.oneof(ISO, oddDate, fc.integer(), fc.double(), fc.constant(null)),
  updatedAt: fc.oneof(ISO, oddDate, fc.integer()),
  favorite: fc.jsonValue({ maxDepth: 3 }),
};
const overview = fc.oneof(
  fc.record(overviewFields, { requiredKeys: [] }),
  fc.record(overviewFields, { requiredKeys: ["id", "title", "category", "vaultId", "createdAt", "updatedAt"] }),
);
/** An overview the app would send: every field the schema needs, of the right type. */
const wellFormed = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{26}$/),
  title: text,
  category: fc.constantFrom("Login", "Password", "Future"),
  vaultId: fc.constant("v".repeat(26)),
  websites: fc.array(fc.record({ url: fc.webUrl(), label: text }), { maxLength: 3 }),
  tags: fc.array(text, { maxLength: 3 }),
  state: fc.constantFrom("active", "archived"),
  createdAt: ISO,
  updatedAt: ISO,
});
const layout = fc.constantFrom<(value: unknown) => string>(
  (value) => JSON.stringify(value),
  (value) => JSON.stringify(value, null, 2),
  (value) => ` \r\n${JSON.stringify(value, null, "\t")}\n`,
);

describe("decodeItemsList", () => {
  test("reads the listings the app sends into exactly the rows of the SDK's path", () => {
    fc.assert(
      fc.property(fc.array(wellFormed, { maxLength: 8 }), layout, (items, write) => {
        expect(expectEquivalent(write(items))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("on overviews with missing, extra, null and odd fields: the SDK's rows or nothing", () => {
    let decodedRows = 0;
    fc.assert(
      fc.property(fc.array(overview, { minLength: 1, maxLength: 3 }), layout, (items, write) => {
        if (expectEquivalent(write(items))) decodedRows += items.length;
      }),
      { numRuns: 3000 },
    );
    expect(decodedRows).toBeGreaterThan(0);
  });

  test("on listings mangled at random: inserted, dropped and replaced characters", () => {
    const significant = fc.constantFrom(...' \t\n\r{}[],:"-+.eE0123456789truefalsn\\u\uFEFF'.split(""));
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("insert", "delete", "replace"),
      with: fc.oneof(significant, fc.string({ unit: "binary", maxLength: 3 })),
    });
    fc.assert(
      fc.property(fc.array(wellFormed, { maxLength: 3 }), fc.array(edit, { maxLength: 4 }), (items, edits) => {
        let listing = JSON.stringify(items);
        for (const { at, kind, with: insert } of edits) {
          const i = at % (listing.length + 1);
          if (kind === "insert") listing = listing.slice(0, i) + insert + listing.slice(i);
          else if (kind === "delete") listing = listing.slice(0, i) + listing.slice(i + 1);
          else listing = listing.slice(0, i) + insert + listing.slice(i + 1);
        }
        expectEquivalent(listing);
      }),
      { numRuns: 2000 },
    );
  });

  test("on listings whose bytes are mangled at random, into malformed UTF-8 too: as the SDK decodes them", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x22, 0x5c, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf5, 0xff),
    );
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom("insert", "delete", "replace"), with: byte });
    let decoded = 0;
    fc.assert(
      fc.property(fc.array(wellFormed, { maxLength: 3 }), fc.array(edit, { maxLength: 4 }), (items, edits) => {
        const bytes = [...utf8(JSON.stringify(items))];
        for (const { at, kind, with: value } of edits) {
          const i = at % (bytes.length + 1);
          if (kind === "insert") bytes.splice(i, 0, value);
          else if (kind === "delete") bytes.splice(i, 1);
          else bytes.splice(i, 1, value);
        }
        if (expectEquivalent(new Uint8Array(bytes))) decoded++;
      }),
      { numRuns: 2000 },
    );
    expect(decoded).toBeGreaterThan(0);
  });

  test("leaves duplicate and escaped keys, numbers for dates, bad dates and non-listings to the SDK", () => {
    const item = (fields: string) =>
      `[{"id":"a","title":"T","category":"Login","vaultId":"v","createdAt":"2024-01-01T00:00:00Z"${fields}}]`;
    for (const listing of [
      item(',"updatedAt":"2024-01-01T00:00:00Z","id":"b"'),
      item(',"updatedAt":"2024-01-01T00:00:00Z","\\u0069d":"b"'),
      item(',"updatedAt":1700000000000'),
      item(',"updatedAt":"2024-13-01T00:00:00Z"'),
      item(',"updatedAt":"2024-01-01T00:00:00Z","websites":[{"url":"a.com","url":"b.com"}]'),
      item(',"updatedAt":"2024-01-01T00:00:00Z","websites":[{"url":"a.com","label":null}]'),
      item(',"updatedAt":"2024-01-01T00:00:00Z","state":null'),
      item(',"updatedAt":"2024-01-01T00:00:00Z","x":' + "[".repeat(5000) + "]".repeat(5000)),
      item(',"updatedAt":"2024-01-01T00:00:00Z"') + "x",
      "\uFEFF[]",
      "{}",
      "null",
      "[1,2]",
      "",
    ]) {
      expect(decodeItemsList(utf8(listing))).toBeUndefined();
      expectEquivalent(listing);
    }
  });

  test("keeps of each website only its host, through long strings and nested extra fields", () => {
    const title = "Ü".repeat(200_000);
    const listing = JSON.stringify([
      {
        id: "a",
        title,
        category: "Login",
        vaultId: "v",
        websites: [{ url: "https://Example.com/path?q=1", label: "website" }, { url: "example.com" }, { url: " " }],
        tags: ["x\ny", "🔑"],
        createdAt: "2024-01-01T00:00:00.5Z",
        updatedAt: "2024-06-01T12:00:00Z",
        favorite: { nested: [1, 2, { deep: "1e5" }], n: -0.5e-3 },
      },
    ]);
    expect(expectEquivalent(listing)).toBe(true);
    const [row] = rowsOfColumns(decodeItemsList(utf8(listing))!.columns);
    expect(row).toMatchObject({ websites: ["example.com"], tags: ["x\ny", "🔑"] });
    expect(decodeItemsList(utf8("[]"))?.columns.ids).toEqual([]);
  });
});
