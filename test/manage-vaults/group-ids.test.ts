import { groupIdsError, quoteEntry } from "../../src/domain/group-ids";

describe("group-id errors", () => {
  it("quote a short entry whole and a long one shortened, in whole characters", () => {
    expect(quoteEntry("devs")).toBe("“devs”");
    expect(quoteEntry("x".repeat(24))).toBe(`“${"x".repeat(24)}”`);
    expect(quoteEntry("x".repeat(10_000))).toBe(`“${"x".repeat(24)}…”`);
    expect(quoteEntry("🚀".repeat(30))).toBe(`“${"🚀".repeat(24)}…”`);
    expect(quoteEntry("bad\u0007bell")).toBe("“bad\uFFFDbell”");
  });

  it("stay one short line whatever is pasted", () => {
    const error = groupIdsError(`${"a".repeat(10_000)}, ${"b".repeat(10_000)}, c`, { required: true });
    expect(error).toBe(
      `“${"a".repeat(24)}…”, “${"b".repeat(24)}…” and others are not group IDs: use 26 letters and digits.`,
    );
  });
});
