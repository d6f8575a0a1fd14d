import fc from "fast-check";
import {
  acceptedOnBusiness,
  acceptedOnTeams,
  ALLOW_EDITING,
  ALLOW_MANAGING,
  ALLOW_VIEWING,
  bitsOf,
  describePermissions,
  Permission,
  PERMISSION_NAMES,
  PRESETS,
  presetOf,
  presetsFor,
} from "../../src/lib/permissions";
import { permissionProblem } from "../../test-world/sim/permissions";

describe("permissions", () => {
  it("builds each broad preset from 1Password's sets, each on the one before", () => {
    expect(bitsOf("view")).toBe(Permission.READ_ITEMS);
    const viewAndReveal = bitsOf("viewAndReveal");
    expect(viewAndReveal).toBe(ALLOW_VIEWING);
    for (const flag of ["READ_ITEMS", "REVEAL_ITEM_PASSWORD", "UPDATE_ITEM_HISTORY"] as const)
      expect(viewAndReveal & Permission[flag]).toBe(Permission[flag]);
    const edit = bitsOf("edit");
    expect(edit).toBe(viewAndReveal | ALLOW_EDITING);
    for (const flag of ["CREATE_ITEMS", "UPDATE_ITEMS", "ARCHIVE_ITEMS", "DELETE_ITEMS"] as const)
      expect(edit & Permission[flag]).toBe(Permission[flag]);
    expect(bitsOf("manage")).toBe(edit | ALLOW_MANAGING);
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

  it("offers group presets to Teams and Business accounts only, granular ones only to Business", () => {
    expect(presetsFor("individual")).toEqual([]);
    expect(presetsFor("family")).toEqual([]);
    expect(presetsFor("business").map((p) => p.id)).toEqual(["view", "viewAndReveal", "edit", "manage"]);
    expect(presetsFor("teams").map((p) => p.id)).toEqual(["viewAndReveal", "edit", "manage"]);
    // Unknown may be Teams: only what Teams accepts too.
    expect(presetsFor("unknown")).toEqual(presetsFor("teams"));
  });

  it("every preset offered is one 1Password accepts on that account type (the simulator's documented rules)", () => {
    for (const preset of presetsFor("business")) expect(permissionProblem("business", preset.bits)).toBeUndefined();
    for (const type of ["teams", "unknown"] as const) {
      for (const preset of presetsFor(type)) {
        expect(permissionProblem("teams", preset.bits)).toBeUndefined();
        expect(permissionProblem("business", preset.bits)).toBeUndefined();
      }
    }
    expect(permissionProblem("teams", bitsOf("view"))).toMatch(/not available on a Teams account/);
  });

  it("judges a set as 1Password does on Business and on Teams", () => {
    fc.assert(
      fc.property(fc.subarray([...PERMISSION_NAMES]), fc.boolean(), (names, unknownBit) => {
        const bits = names.reduce((sum, name) => sum | Permission[name], 0) | (unknownBit ? 4 : 0);
        expect(acceptedOnBusiness(bits)).toBe(permissionProblem("business", bits) === undefined);
        expect(acceptedOnTeams(bits)).toBe(permissionProblem("teams", bits) === undefined);
      }),
      { numRuns: 500 },
    );
  });
});
