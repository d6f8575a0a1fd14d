import fc from "fast-check";
import { ENVIRONMENT_LABEL_MAX_LENGTH, environmentLabelError } from "../../src/lib/environment-label";

test("a short one-line label is fine, trimmed", () => {
  expect(environmentLabelError("  Staging API  ")).toBeUndefined();
  expect(environmentLabelError("🚀 Launch – Ωmega")).toBeUndefined();
});

test("empty, too long or multi-line labels get a message a person can act on", () => {
  expect(environmentLabelError(" \t ")).toBe("Give the Environment a name to show in the list.");
  expect(environmentLabelError("x".repeat(ENVIRONMENT_LABEL_MAX_LENGTH + 1))).toBe("Use at most 64 characters.");
  expect(environmentLabelError("line\nbreak")).toBe("Remove line breaks, tabs and other control characters.");
});

test("any text either passes or gets a short message that never echoes it", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 200 }), (label) => {
      const error = environmentLabelError(label);
      if (error === undefined) {
        const trimmed = label.trim();
        expect(trimmed.length).toBeGreaterThan(0);
        expect([...trimmed].length).toBeLessThanOrEqual(ENVIRONMENT_LABEL_MAX_LENGTH);
      } else {
        expect(error.length).toBeLessThan(80);
        if (label.trim().length > 3) expect(error).not.toContain(label.trim());
      }
    }),
  );
});
