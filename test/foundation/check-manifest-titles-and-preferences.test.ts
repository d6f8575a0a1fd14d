import { broken, check, pointers, type Json } from "./check-manifest-fixture";

describe("checkManifest", () => {
  describe("Title Case", () => {
    it("checks the extension and command titles", () => {
      expect(check(broken((m) => (m.title = "Sample extension")))).toEqual([
        {
          pointer: "/title",
          message: 'Extension title must be in Title Case: "Sample extension" → "Sample Extension"',
        },
      ]);
      expect(pointers(check(broken((m) => (m.commands[0]!.title = "Search For Things"))))).toEqual([
        "/commands/0/title",
      ]);
    });

    it("checks preference titles, argument placeholders and dropdown item titles", () => {
      expect(pointers(check(broken((m) => (m.preferences[0]!.title = "API token"))))).toEqual(["/preferences/0/title"]);
      const placeholder = broken((m) => ((m.commands[0]!.arguments as Json[])[0]!.placeholder = "thing name"));
      expect(pointers(check(placeholder))).toEqual(["/commands/0/arguments/0/placeholder"]);
      const item = broken((m) => ((m.preferences[1]!.data as Json[])[1]!.title = "Copy To Clipboard"));
      expect(pointers(check(item))).toEqual(["/preferences/1/data/1/title"]);
    });
  });

  describe("preferences", () => {
    it("requires a valid type", () => {
      const problems = check(broken((m) => (m.preferences[0]!.type = "number")));
      expect(pointers(problems)).toEqual(["/preferences/0/type"]);
      expect(problems[0]?.message).toContain("appPicker");
    });

    it.each(["textfield", "password", "appPicker", "file", "directory"])("accepts type %s", (type) => {
      expect(check(broken((m) => (m.preferences[0]!.type = type)))).toEqual([]);
    });

    it("requires name, title, description and required", () => {
      const problems = check(broken((m) => (m.preferences[0] = { type: "textfield" })));
      expect(pointers(problems).sort()).toEqual([
        "/preferences/0/description",
        "/preferences/0/name",
        "/preferences/0/required",
        "/preferences/0/title",
      ]);
    });

    it("requires a label on a checkbox", () => {
      expect(pointers(check(broken((m) => delete m.preferences[2]!.label)))).toEqual(["/preferences/2/label"]);
    });

    it("requires a boolean checkbox default", () => {
      expect(pointers(check(broken((m) => (m.preferences[2]!.default = "true"))))).toEqual(["/preferences/2/default"]);
    });

    it("requires a dropdown's default to be one of its values", () => {
      const problems = check(broken((m) => (m.preferences[1]!.default = "90")));
      expect(problems).toEqual([
        { pointer: "/preferences/1/default", message: '"90" is not one of the dropdown values (30, copy)' },
      ]);
    });

    it("requires a dropdown to have data, with distinct values", () => {
      expect(pointers(check(broken((m) => delete m.preferences[1]!.data)))).toEqual(["/preferences/1/data"]);
      expect(pointers(check(broken((m) => (m.preferences[1]!.data = []))))).toEqual(["/preferences/1/data"]);
      const duplicate = broken((m) => ((m.preferences[1]!.data as Json[])[1]!.value = "30"));
      expect(pointers(check(duplicate))).toContain("/preferences/1/data/1/value");
    });

    it("rejects duplicate preference names, and command preferences that repeat an extension preference", () => {
      expect(pointers(check(broken((m) => (m.preferences[1]!.name = "token"))))).toEqual(["/preferences/1/name"]);
      const shadowed = broken((m) => (m.commands[0]!.preferences = [structuredClone(m.preferences[0])]));
      expect(pointers(check(shadowed))).toEqual(["/commands/0/preferences"]);
    });
  });
});
