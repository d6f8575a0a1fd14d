import fc from "fast-check";
import { formatJsonEnv } from "../../src/lib/json-env";

describe("formatJsonEnv", () => {
  it("keeps the given key order, integer-like and __proto__ names included", () => {
    const vars = [
      { name: "B", value: "1" },
      { name: "10", value: "x" },
      { name: "__proto__", value: "p" },
      { name: "A", value: 'q"\n' },
    ];
    const { text, rejected } = formatJsonEnv(vars);
    expect(rejected).toEqual([]);
    expect(text).toBe('{\n  "B": "1",\n  "10": "x",\n  "__proto__": "p",\n  "A": "q\\"\\n"\n}');
    const keys = [...text.matchAll(/^ {2}"((?:[^"\\]|\\.)*)":/gm)].map((m) => JSON.parse(`"${m[1]}"`));
    expect(keys).toEqual(vars.map((v) => v.name));
  });

  it("reports duplicate names and keeps the first", () => {
    const { text, rejected } = formatJsonEnv([
      { name: "A", value: "1" },
      { name: "A", value: "2" },
    ]);
    expect(JSON.parse(text)).toEqual({ A: "1" });
    expect(rejected).toEqual([{ name: "A", reason: expect.stringContaining("more than once") }]);
  });

  it("is valid JSON holding exactly the values, compact or indented", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name: fc.string(), value: fc.string({ unit: "grapheme" }) }), {
          selector: (v) => v.name,
        }),
        fc.constantFrom(0, 2),
        (vars, indent) => {
          const parsed: unknown = JSON.parse(formatJsonEnv(vars, indent).text);
          const entries = vars.filter((v) => v.name !== "__proto__").map((v) => [v.name, v.value]);
          expect(Object.entries(parsed as object).filter(([k]) => k !== "__proto__")).toEqual(
            expect.arrayContaining(entries),
          );
        },
      ),
    );
  });
});
