import fc from "fast-check";
import { findDuplicateTitle, parseVaultTitles, vaultTitleError } from "../../src/lib/vault-title";

describe("vault titles", () => {
  it("validates one title for a form", () => {
    expect(vaultTitleError("  Project Atlas ")).toBeUndefined();
    expect(vaultTitleError("   ")).toBe("Enter a title.");
    expect(vaultTitleError("x".repeat(101))).toBe("Use at most 100 characters.");
    expect(vaultTitleError("😀".repeat(100))).toBeUndefined();
    expect(vaultTitleError("a\tb")).toContain("control characters");
  });

  it("reads one title per line with per-line errors and repeats", () => {
    const parsed = parseVaultTitles("Atlas\n\n  Phoenix  \r\natlas\nbad\u0007bell\n" + "y".repeat(120));
    expect(parsed.titles).toEqual(["Atlas", "Phoenix"]);
    expect(parsed.errors).toEqual([
      { line: 4, title: "atlas", message: "Same title as line 1." },
      { line: 5, title: "bad\u0007bell", message: expect.stringContaining("control") },
      { line: 6, title: "y".repeat(120), message: "Use at most 100 characters." },
    ]);
  });

  it("accounts for every non-empty line exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 110 }), { maxLength: 8 }), (lines) => {
        const clean = lines.map((line) => line.replace(/[\r\n]/g, ""));
        const parsed = parseVaultTitles(clean.join("\n"));
        const nonEmpty = clean.filter((line) => line.trim() !== "").length;
        expect(parsed.titles.length + parsed.errors.length).toBe(nonEmpty);
        for (const title of parsed.titles) expect(vaultTitleError(title)).toBeUndefined();
      }),
    );
  });

  it("finds a duplicate among existing titles, ignoring case", () => {
    expect(findDuplicateTitle(" shared ", ["Private", "Shared"])).toBe("Shared");
    expect(findDuplicateTitle("New", ["Private", "Shared"])).toBeUndefined();
  });
});
