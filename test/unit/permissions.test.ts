import fc from "fast-check";
import {
  bitsOf,
  describePermissions,
  Permission,
  PERMISSION_NAMES,
  PRESETS,
  presetOf,
  presetsFor,
} from "../../src/lib/permissions";

describe("permissions", () => {
  it("builds each preset on the one before", () => {
    const view = bitsOf("view");
    expect(view).toBe(Permission.READ_ITEMS);
    expect(bitsOf("viewAndReveal")).toBe(view | Permission.REVEAL_ITEM_PASSWORD);
    const edit = bitsOf("edit");
    for (const flag of [
      "CREATE_ITEMS",
      "UPDATE_ITEMS",
      "ARCHIVE_ITEMS",
      "DELETE_ITEMS",
      "UPDATE_ITEM_HISTORY",
    ] as const)
      expect(edit & Permission[flag]).toBe(Permission[flag]);
    expect(edit & bitsOf("viewAndReveal")).toBe(bitsOf("viewAndReveal"));
    expect(bitsOf("manage") & edit).toBe(edit);
    expect(bitsOf("manage") & Permission.MANAGE_VAULT).toBe(Permission.MANAGE_VAULT);
    expect(bitsOf("manage") & Permission.RECOVER_VAULT).toBe(0);
  });

  it("names presets and keeps anything else as custom flags", () => {
    for (const preset of PRESETS) expect(presetOf(preset.bits)).toBe(preset);
    expect(presetOf(Permission.READ_ITEMS | Permission.PRINT_ITEMS)).toEqual({
      kind: "custom",
      flags: ["READ_ITEMS", "PRINT_ITEMS"],
      bits: Permission.READ_ITEMS | Permission.PRINT_ITEMS,
    });
    expect(describePermissions(bitsOf("viewAndReveal"))).toBe("View & Reveal");
    expect(describePermissions(Permission.READ_ITEMS | Permission.PRINT_ITEMS | 4)).toBe(
      "View items, Print items, unknown (4)",
    );
  });

  it("never rewrites custom bits", () => {
    fc.assert(
      fc.property(fc.subarray([...PERMISSION_NAMES]), (names) => {
        const bits = names.reduce((sum, name) => sum | Permission[name], 0);
        const found = presetOf(bits);
        expect(found.bits).toBe(bits);
        if (found.kind === "custom") expect(found.flags.reduce((sum, name) => sum | Permission[name], 0)).toBe(bits);
      }),
    );
  });

  it("offers group presets to Teams and Business accounts only", () => {
    expect(presetsFor("individual")).toEqual([]);
    expect(presetsFor("family")).toEqual([]);
    expect(presetsFor("business").map((p) => p.id)).toEqual(["view", "viewAndReveal", "edit", "manage"]);
    expect(presetsFor("teams").length).toBeGreaterThan(0);
  });
});
