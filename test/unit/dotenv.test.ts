import { parse } from "dotenv";
import { expand } from "dotenv-expand";
import fc from "fast-check";
import { formatDotenv, formatEnvLine, quoteDotenvValue } from "../../src/lib/dotenv";

/** Characters dotenv treats specially, mixed with ordinary and non-ASCII ones. */
const tricky = fc.constantFrom(
  ...[..."\n\r'\"`\\$#= \t\u00a0\u2028\ufeffanr:{}é😀"],
  "😀",
  "\\n",
  "\\r",
  "${HOME}",
  "$HOME",
  "${A:-x}",
  "\\$",
  "$1",
  "\r\n",
);

/** What dotenv-expand makes of dotenv's result, with nothing set in the environment (names expand to nothing). */
function expanded(text: string): Record<string, string> {
  const result = expand({ parsed: parse(text), processEnv: {} });
  return { ...(result.parsed ?? {}) };
}
const trickyValue = fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join(""));
const anyValue = fc.oneof(trickyValue, fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);

describe("formatDotenv", () => {
  it("writes values dotenv reads back exactly, or rejects them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name, value: anyValue }), { selector: (v) => v.name, maxLength: 6 }),
        (vars) => {
          const { text, rejected } = formatDotenv(vars);
          const rejectedNames = new Set(rejected.map((r) => r.name));
          const kept = vars.filter((v) => !rejectedNames.has(v.name));
          const parsed = parse(text);
          expect(Object.keys(parsed)).toEqual(kept.map((v) => v.name));
          for (const v of kept) expect(parsed[v.name]).toBe(v.value);
          // The same text read through dotenv-expand gives the same values.
          expect(expanded(text)).toEqual(parsed);
          for (const r of rejected) {
            const value = vars.find((v) => v.name === r.name)!.value;
            if (value.length > 3) expect(r.reason).not.toContain(value);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses a value dotenv-expand would change, and names it", () => {
    for (const value of ["p@$$w0rd", "a${B}c", "${X:-fallback}", "cost\\$5", "$_"]) {
      const line = formatEnvLine("DB_PASSWORD", value);
      expect(line).toEqual({ ok: false, error: expect.stringMatching(/DB_PASSWORD holds a \$ that dotenv-expand/) });
      expect(line.ok ? "" : line.error).not.toContain(value);
    }
    // A $ that dotenv-expand leaves alone is written as usual.
    for (const value of ["$5", "a$", "$ {X}", "100$"]) {
      const line = formatEnvLine("PRICE", value);
      expect(line.ok).toBe(true);
      expect(expanded(`${line.ok ? line.value : ""}\n`)).toEqual({ PRICE: value });
    }
  });

  it("rejects only values that no quoting can carry", () => {
    // Without a carriage return or a trailing backslash, and short of one of ' and `, a value always fits.
    fc.assert(
      fc.property(trickyValue, (value) => {
        fc.pre(!value.includes("\r") && !value.endsWith("\\") && !(value.includes("'") && value.includes("`")));
        expect(quoteDotenvValue(value)).toBeDefined();
      }),
      { numRuns: 2000 },
    );
    expect(quoteDotenvValue("a'b\"c`d\ne")).toBeUndefined();
  });

  it("keeps plain values bare and quotes the rest", () => {
    expect(formatEnvLine("TOKEN", "ghp_abc123")).toEqual({ ok: true, value: "TOKEN=ghp_abc123" });
    expect(formatEnvLine("URL", "https://x.io/a?b=c&d")).toEqual({ ok: true, value: "URL=https://x.io/a?b=c&d" });
    expect(formatEnvLine("EMPTY", "")).toEqual({ ok: true, value: "EMPTY=''" });
    expect(formatEnvLine("PRICE", "$5 # cheap")).toEqual({ ok: true, value: "PRICE='$5 # cheap'" });
    expect(formatEnvLine("CR", "a\r\nb'")).toEqual({ ok: true, value: 'CR="a\\r\\nb\'"' });
  });

  it("reports invalid, duplicate and unrepresentable names without the value", () => {
    const { text, rejected } = formatDotenv([
      { name: "GOOD", value: "1" },
      { name: "BAD NAME", value: "2" },
      { name: "GOOD", value: "3" },
      { name: "__proto__", value: "4" },
      { name: "ALL", value: "s3cr3t'\"`\n" },
    ]);
    expect(parse(text)).toEqual({ GOOD: "1" });
    expect(rejected.map((r) => r.name)).toEqual(["BAD NAME", "GOOD", "__proto__", "ALL"]);
    expect(rejected.some((r) => r.reason.includes("s3cr3t"))).toBe(false);
  });

  it("accepts what dotenv accepts as a name", () => {
    expect(formatEnvLine("my.var-1", "x")).toEqual({ ok: true, value: "my.var-1=x" });
    expect(parse("my.var-1=x\n")).toEqual({ "my.var-1": "x" });
  });
});
