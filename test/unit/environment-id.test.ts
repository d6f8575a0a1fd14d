import fc from "fast-check";
import { looksLikeEnvironmentId, parseEnvironmentId } from "../../src/lib/environment-id";

const ID = "abcdefghijklmnopqrstuvwxyz".slice(0, 20) + "234567";

describe("parseEnvironmentId", () => {
  it("accepts an id in any case, trimmed", () => {
    expect(parseEnvironmentId(`  ${ID.toUpperCase()}\n`)).toEqual({ ok: true, value: ID });
  });

  it("finds the id in a copied URL or a labelled line", () => {
    expect(parseEnvironmentId(`https://start.1password.com/environments/${ID}?tab=vars`)).toEqual({
      ok: true,
      value: ID,
    });
    expect(parseEnvironmentId(`ID: ${ID}`)).toEqual({ ok: true, value: ID });
  });

  it("says what is wrong", () => {
    expect(parseEnvironmentId("abcdefghijkl")).toEqual({
      ok: false,
      error: "An Environment ID has 26 letters and digits; this has 12.",
    });
    expect(parseEnvironmentId("")).toMatchObject({ ok: false, error: expect.stringContaining("Paste") });
    expect(parseEnvironmentId("0".repeat(26))).toMatchObject({ ok: false, error: expect.stringContaining("2–7") });
    expect(parseEnvironmentId(`${ID} ${ID.replace("a", "b")}`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("several"),
    });
  });

  it("accepts every well-formed id and nothing longer or shorter", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z2-7]{26}$/), (id) => {
        expect(parseEnvironmentId(id)).toEqual({ ok: true, value: id.toLowerCase() });
        expect(looksLikeEnvironmentId(`copied: ${id}.`)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z2-7]{1,60}$/), (text) => {
        fc.pre(text.length !== 26);
        expect(parseEnvironmentId(text).ok).toBe(false);
        expect(looksLikeEnvironmentId(text)).toBe(false);
      }),
    );
  });

  it("does not take words inside longer tokens for an id", () => {
    expect(looksLikeEnvironmentId(`x${ID}`)).toBe(false);
    expect(looksLikeEnvironmentId("just some clipboard text")).toBe(false);
  });
});
