import fc from "fast-check";
import { environmentIdInClipboardText, parseEnvironmentId } from "../../src/lib/environment-id";

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
        expect(environmentIdInClipboardText(`  ${id}\n`)).toBe(id.toLowerCase());
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z2-7]{1,60}$/), (text) => {
        fc.pre(text.length !== 26);
        expect(parseEnvironmentId(text).ok).toBe(false);
        expect(environmentIdInClipboardText(text)).toBeUndefined();
      }),
    );
  });

  it("takes an id from the clipboard only when the whole text is one, or a 1Password link carrying one", () => {
    expect(environmentIdInClipboardText(`x${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText("just some clipboard text")).toBeUndefined();
    // Part of a secret that happens to be 26 base32 letters is never lifted out.
    expect(environmentIdInClipboardText(`sk_live_${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText(`sk-live-${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText(`token ${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText(`Environment ID: ${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText(`https://evil.example/${ID}`)).toBeUndefined();
    expect(environmentIdInClipboardText(`https://my.1password.com/developer/environments/${ID}`)).toBe(ID);
    expect(environmentIdInClipboardText(`onepassword://environments/?id=${ID.toUpperCase()}`)).toBe(ID);
    expect(
      environmentIdInClipboardText(`https://my.1password.com/e/${ID}?other=${ID.replace("a", "b")}`),
    ).toBeUndefined();
  });
});
