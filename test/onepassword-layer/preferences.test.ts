import { parsePreferences } from "../../src/lib/preferences";

describe("parsePreferences", () => {
  it("splits, trims and de-duplicates accounts and reads the rest", () => {
    expect(
      parsePreferences({
        accounts: " My Company, Personal\npersonal,, ",
        clipboardClearDelay: "never",
        primaryAction: "paste",
        closeWindowAfterCopy: false,
        fillBy: "pasting",
        afterFill: "return",
      }),
    ).toEqual({
      ok: true,
      value: {
        accounts: ["My Company", "Personal"],
        clearAfterSeconds: null,
        primaryAction: "paste",
        closeWindowAfterCopy: false,
        fillBy: "pasting",
        pressReturnAfterFill: true,
      },
    });
  });

  it("applies the manifest's defaults to unset values", () => {
    expect(parsePreferences({ accounts: "abc" })).toEqual({
      ok: true,
      value: {
        accounts: ["abc"],
        clearAfterSeconds: 90,
        primaryAction: "copy",
        closeWindowAfterCopy: true,
        fillBy: "typing",
        pressReturnAfterFill: false,
      },
    });
    expect(parsePreferences({ accounts: "a", clipboardClearDelay: "600" })).toMatchObject({
      value: { clearAfterSeconds: 600 },
    });
  });

  it("explains an empty accounts list and bad values", () => {
    const empty = parsePreferences({ accounts: " , \n" });
    expect(empty).toEqual({ ok: false, error: expect.stringContaining("at least one 1Password account") });
    expect(parsePreferences({}).ok).toBe(false);
    expect(parsePreferences({ accounts: "a", clipboardClearDelay: "7" })).toEqual({
      ok: false,
      error: expect.stringContaining("clipboardClearDelay"),
    });
  });
});
