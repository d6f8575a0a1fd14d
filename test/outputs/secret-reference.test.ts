import fc from "fast-check";
import {
  buildSecretReference,
  isSafeReferenceName,
  parseSecretReference,
  type Named,
} from "../../src/lib/secret-reference";
import { loadSdk } from "../../test-world/sim/sdk";

/**
 * References are checked against the SDK's own validator (`Secrets.validateSecretReference`, which runs in the local
 * wasm core): the parser accepts exactly what it accepts, and every reference the builder makes passes it and names
 * exactly one thing at each level.
 */
const { Secrets } = loadSdk();
const sdkAccepts = (reference: string): boolean => {
  try {
    Secrets.validateSecretReference(reference);
    return true;
  } catch {
    return false;
  }
};

const named = (id: string, title: string): Named => ({ id, title });
const vault = named("vaultid2345678901234567890", "Private");
const item = named("itemid23456789012345678901", "GitHub");
const field = named("password", "password");

/** How 1Password finds a segment: by title ignoring case and edge spaces, or by id. */
const finds = (segment: string, candidate: Named) =>
  candidate.title.trim().toLowerCase() === segment.trim().toLowerCase() ||
  candidate.id.toLowerCase() === segment.toLowerCase();

describe("buildSecretReference", () => {
  it("uses names when they are safe and unique", () => {
    expect(
      buildSecretReference({ vault, item, field, siblings: { vaults: [vault], items: [item], fields: [field] } }),
    ).toBe("op://Private/GitHub/password");
  });

  it("names a section and asks for a one-time code as the SDK spells it", () => {
    const section = named("sec1", "Prod Keys");
    const otp = named("otp1", "one-time password");
    const reference = buildSecretReference({
      vault,
      item,
      section,
      field: otp,
      siblings: { vaults: [], items: [], sections: [section], fields: [otp] },
      attribute: "otp",
    });
    expect(reference).toBe("op://Private/GitHub/Prod Keys/one-time password?attribute=otp");
    expect(sdkAccepts(String(reference))).toBe(true);
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

  it('treats "Prod" and "Prod " as one name, and a title equal to a sibling\'s id as taken', () => {
    const prod = named("prodid", "Prod");
    const spaced = named("spacedid", "Prod ");
    const siblings = { vaults: [vault], items: [prod, spaced], fields: [field] };
    expect(buildSecretReference({ vault, item: prod, field, siblings })).toBe("op://Private/prodid/password");
    expect(buildSecretReference({ vault, item: spaced, field, siblings })).toBe("op://Private/spacedid/password");
    const shadow = named("itemid2", "otheritemid");
    const owner = named("otheritemid", "Other");
    expect(
      buildSecretReference({ vault, item: shadow, field, siblings: { vaults: [vault], items: [shadow, owner] } }),
    ).toBe(`op://Private/itemid2/${field.id}`);
  });

  it("makes no reference when none names the field alone, or an id cannot appear in one", () => {
    const builtIn = named("username", "username");
    const custom = named("custom1", "Username");
    expect(
      buildSecretReference({ vault, item, field: builtIn, siblings: { vaults: [vault], fields: [builtIn, custom] } }),
    ).toBeUndefined();
    expect(buildSecretReference({ vault: named("a/b", "x/y"), item, field, siblings: {} })).toBeUndefined();
  });

  it("over adversarial titles and ids: the SDK accepts every reference, and each part names exactly one thing", () => {
    const title = fc.oneof(
      fc.constantFrom("Prod", "Prod ", " Prod", "prod", "PROD", "abc", "username", ".", "..", "", "a/b", "a?b", "é"),
      fc.constantFrom("OP://x", "Team-1_x.y", "x=y", "a\tb", "x&y"),
      fc.string({ maxLength: 8 }),
      fc.stringMatching(/^[A-Za-z0-9 ._-]{1,8}$/),
    );
    const id = fc.oneof(fc.constantFrom("abc", "prod", "username", "password"), fc.stringMatching(/^[a-z0-9]{26}$/));
    const level = fc.uniqueArray(fc.record({ id, title }), { minLength: 1, maxLength: 4, selector: (n) => n.id });
    fc.assert(
      fc.property(level, level, fc.option(level, { nil: undefined }), level, fc.boolean(), (vs, is, ss, fs, otp) => {
        const [v, i, f] = [vs[0]!, is[0]!, fs[0]!];
        const s = ss?.[0];
        const reference = buildSecretReference({
          vault: v,
          item: i,
          section: s,
          field: f,
          siblings: { vaults: vs, items: is, sections: ss, fields: fs },
          attribute: otp ? "otp" : undefined,
        });
        const levels = s ? [vs, is, ss!, fs] : [vs, is, fs];
        if (reference === undefined) {
          // Only when some target's id is also a sibling's title.
          expect(levels.some(([target, ...others]) => others.some((other) => finds(target!.id, other)))).toBe(true);
          return;
        }
        expect(sdkAccepts(reference)).toBe(true);
        const parsed = parseSecretReference(reference);
        if (!parsed.ok) throw new Error(parsed.error);
        const { vault: pv, item: pi, section: ps, field: pf, attribute } = parsed.value;
        const segments = s ? [pv, pi, ps, pf] : [pv, pi, pf];
        expect(ps === undefined).toBe(s === undefined);
        levels.forEach((candidates, index) =>
          expect(candidates.filter((candidate) => finds(segments[index]!, candidate))).toEqual([candidates[0]]),
        );
        expect(attribute).toBe(otp ? "otp" : undefined);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("parseSecretReference", () => {
  it("reads sections and the queries the SDK accepts, exactly as written", () => {
    expect(parseSecretReference("op://Private/GitHub/Keys/token?attribute=totp")).toEqual({
      ok: true,
      value: { vault: "Private", item: "GitHub", section: "Keys", field: "token", attribute: "totp" },
    });
    expect(parseSecretReference("op://Private/Server/private key?ssh-format=openssh")).toEqual({
      ok: true,
      value: { vault: "Private", item: "Server", field: "private key", sshFormat: "openssh" },
    });
  });

  it.each([
    ["https://github.com", "starts with"],
    ["OP://Private/GitHub/password", "starts with"],
    ["op://Private/GitHub", "vault, an item"],
    ["op://a/b/c/d/e", "vault, an item"],
    ["op://a/b:c/d", "characters"],
    ["op://a/b/c?attribute=type", "query"],
    ["op://a/b/c?attribute=OTP", "query"],
  ])("explains what is wrong with %s", (text, message) => {
    const parsed = parseSecretReference(text);
    expect(parsed.ok).toBe(false);
    expect(sdkAccepts(text)).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("accepts exactly what the SDK's validator accepts", () => {
    const piece = fc.constantFrom(
      ..."aZ09 _.-/?=&%#@:\\\t\nOoPp+é😀\u0000\u00a0".split(""),
      "op://",
      "OP://",
      "attribute=otp",
      "attribute=totp",
      "attribute=OTP",
      "attribute=type",
      "ssh-format=openssh",
      "ssh-format=OpenSSH",
      "//",
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(""));
    const reference = fc.tuple(fc.constantFrom("op://", "OP://", "op:/", " op://", ""), text).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(text, reference, fc.string()), (candidate) => {
        expect(parseSecretReference(candidate).ok).toBe(sdkAccepts(candidate));
      }),
      { numRuns: 5_000 },
    );
  });

  it("knows safe names", () => {
    expect(isSafeReferenceName("My Vault_1.2-x")).toBe(true);
    for (const bad of ["a/b", "a=b", "a?b", "a:b", 'a"b', "é", " lead", "..", ""])
      expect(isSafeReferenceName(bad)).toBe(false);
  });
});
