import fc from "fast-check";
import {
  buildSecretReference,
  isSafeReferenceName,
  parseSecretReference,
  sameSecretReference,
  type Named,
} from "../../src/lib/secret-reference";

const named = (id: string, title: string): Named => ({ id, title });
const vault = named("vaultid2345678901234567890", "Private");
const item = named("itemid23456789012345678901", "GitHub");
const field = named("password", "password");

describe("buildSecretReference", () => {
  it("uses names when they are safe and unique", () => {
    expect(
      buildSecretReference({ vault, item, field, siblings: { vaults: [vault], items: [item], fields: [field] } }),
    ).toBe("op://Private/GitHub/password");
  });

  it("names a section and adds an attribute", () => {
    const section = named("sec1", "Prod Keys");
    const otp = named("otp1", "one-time password");
    expect(
      buildSecretReference({
        vault,
        item,
        section,
        field: otp,
        siblings: { vaults: [], items: [], sections: [section], fields: [otp] },
        attribute: "otp",
      }),
    ).toBe("op://Private/GitHub/Prod Keys/one-time password?attribute=otp");
  });

  it("falls back to ids for unsafe names, case-insensitive duplicates and unknown siblings", () => {
    const slash = named("itemslash", "AWS / prod");
    const other = named("otheritem", "github");
    expect(
      buildSecretReference({
        vault: named("v1", "Développement"),
        item: slash,
        field,
        siblings: { vaults: [], items: [slash], fields: [field] },
      }),
    ).toBe("op://v1/itemslash/password");
    expect(
      buildSecretReference({
        vault,
        item,
        field,
        siblings: { vaults: [vault], items: [item, other], fields: [field] },
      }),
    ).toBe(`op://Private/${item.id}/password`);
    expect(buildSecretReference({ vault, item, field, siblings: { items: [item], fields: [field] } })).toBe(
      `op://${vault.id}/GitHub/password`,
    );
  });

  it("refuses an id that could not resolve", () => {
    expect(() =>
      buildSecretReference({ vault: named("a/b", "x/y"), item, field, siblings: { items: [item], fields: [field] } }),
    ).toThrow("vault id");
  });

  it("round-trips any titles through the parser, with only allowed characters", () => {
    const id = fc.stringMatching(/^[a-z0-9]{26}$/);
    const title = fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9 ._-]{1,20}$/), fc.string({ unit: "grapheme" }));
    const namedArb = fc.record({ id, title });
    fc.assert(
      fc.property(
        namedArb,
        namedArb,
        fc.option(namedArb, { nil: undefined }),
        namedArb,
        fc.array(namedArb, { maxLength: 3 }),
        fc.constantFrom(undefined, "otp" as const, "type" as const),
        (v, i, s, f, others, attribute) => {
          const reference = buildSecretReference({
            vault: v,
            item: i,
            section: s,
            field: f,
            siblings: { vaults: [v, ...others], items: [i, ...others], sections: s ? [s] : [], fields: [f, ...others] },
            attribute,
          });
          expect(reference).toMatch(/^op:\/\/[A-Za-z0-9 ._\-/]+(\?attribute=(otp|type))?$/);
          const parsed = parseSecretReference(reference);
          if (!parsed.ok) throw new Error(parsed.error);
          const expectSegment = (segment: string | undefined, target: Named) =>
            expect([target.title, target.id]).toContain(segment);
          expectSegment(parsed.value.vault, v);
          expectSegment(parsed.value.item, i);
          if (s) expectSegment(parsed.value.section, s);
          else expect(parsed.value.section).toBeUndefined();
          expectSegment(parsed.value.field, f);
          expect(parsed.value.attribute).toBe(attribute);
          // A name is used only when no other sibling has it, ignoring case.
          if (parsed.value.item === i.title && i.title !== i.id) {
            expect(others.some((o) => o.id !== i.id && o.title.toLowerCase() === i.title.toLowerCase())).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseSecretReference", () => {
  it("reads sections, attributes and any case", () => {
    expect(parseSecretReference("OP://Private/GitHub/Keys/token?attribute=OTP")).toEqual({
      ok: true,
      value: { vault: "Private", item: "GitHub", section: "Keys", field: "token", attribute: "otp" },
    });
    expect(sameSecretReference("op://Private/GitHub/password", "op://private/github/PASSWORD")).toBe(true);
  });

  it.each([
    ["https://github.com", "starts with"],
    ["op://Private/GitHub", "vault, an item"],
    ["op://a/b/c/d/e", "vault, an item"],
    ["op://a//c", "empty part"],
    ["op://a/b:c/d", "characters"],
    ["op://a/b/c?attribute=password", "query"],
  ])("explains what is wrong with %s", (text, message) => {
    const parsed = parseSecretReference(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("knows safe names", () => {
    expect(isSafeReferenceName("My Vault_1.2-x")).toBe(true);
    for (const bad of ["a/b", "a=b", "a?b", "a:b", 'a"b', "é", " lead", "..", ""])
      expect(isSafeReferenceName(bad)).toBe(false);
  });
});
