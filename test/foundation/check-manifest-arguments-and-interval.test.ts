import { broken, check, pointers, type Json } from "./check-manifest-fixture";

describe("checkManifest", () => {
  describe("arguments", () => {
    const argument = (name: string) => ({ name, placeholder: "Value", type: "text", required: false });

    it("requires a valid type, and data for a dropdown", () => {
      const args = (m: Json & { commands: Json[] }) => m.commands[0]!.arguments as Json[];
      expect(pointers(check(broken((m) => (args(m)[0]!.type = "number"))))).toEqual(["/commands/0/arguments/0/type"]);
      expect(pointers(check(broken((m) => (args(m)[0]!.type = "dropdown"))))).toEqual(["/commands/0/arguments/0/data"]);
      const dropdown = broken((m) =>
        Object.assign(args(m)[0]!, { type: "dropdown", data: [{ title: "One", value: "1" }] }),
      );
      expect(check(dropdown)).toEqual([]);
    });

    it("allows at most three, with distinct names", () => {
      const four = broken((m) => (m.commands[0]!.arguments = ["a", "b", "c", "d"].map(argument)));
      expect(pointers(check(four))).toEqual(["/commands/0/arguments"]);
      const twice = broken((m) => (m.commands[0]!.arguments = ["a", "a"].map(argument)));
      expect(pointers(check(twice))).toEqual(["/commands/0/arguments/1/name"]);
    });
  });

  describe("interval", () => {
    it.each(["10s", "90s", "1m", "12h", "1d"])("accepts %s on a no-view command", (interval) => {
      expect(check(broken((m) => (m.commands[1]!.interval = interval)))).toEqual([]);
    });

    it.each(["1", "1 m", "1w", "0m", "m", "1.5h", 60])("rejects the format %p", (interval) => {
      expect(pointers(check(broken((m) => (m.commands[1]!.interval = interval))))).toEqual(["/commands/1/interval"]);
    });

    it("rejects intervals under 10 seconds", () => {
      const problems = check(broken((m) => (m.commands[1]!.interval = "5s")));
      expect(problems).toEqual([
        { pointer: "/commands/1/interval", message: '"5s" is shorter than the minimum of 10s' },
      ]);
    });

    it("rejects an interval on a view command", () => {
      const problems = check(broken((m) => (m.commands[0]!.interval = "1m")));
      expect(pointers(problems)).toEqual(["/commands/0/interval"]);
    });
  });
});
