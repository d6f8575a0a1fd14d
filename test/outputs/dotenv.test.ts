import { parse } from "dotenv";
import { expand } from "dotenv-expand";
import fc from "fast-check";
import { formatDotenv, formatEnvLine } from "../../src/lib/dotenv";
import { hasLoneSurrogate } from "../../src/lib/env-variable";
import { DOTENV_READERS, PYTHON_READERS } from "../../test-world/support/dotenv-readers";

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

if (PYTHON_READERS.length === 0) {
  process.stderr.write("dotenv.test: no python-dotenv here (apt-get install python3-dotenv); its checks are skipped\n");
}

/** Each document read by every reader: whether all read it as expected, and what each misread. */
function readAll(documents: readonly string[], expected: readonly Record<string, string>[]) {
  const right = documents.map(() => true);
  const wrong: string[] = [];
  for (const reader of DOTENV_READERS) {
    reader.read(documents).forEach((got, i) => {
      if (JSON.stringify(got) === JSON.stringify(expected[i])) return;
      right[i] = false;
      wrong.push(`${reader.name} reads ${JSON.stringify(documents[i])} as ${JSON.stringify(got)}`);
    });
  }
  return { right, wrong };
}

/** The ways a .env value can be written: bare, each quote raw, with \n and \r escapes, with Python's escapes. */
function writings(value: string): string[] {
  const lines = (text: string) => text.replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  const python = (text: string, quote: string) => lines(text.replace(/\\/g, "\\\\").split(quote).join(`\\${quote}`));
  return [
    value,
    ...["'", '"', "`"].flatMap((quote) =>
      [value, lines(value), python(value, quote)].map((v) => `${quote}${v}${quote}`),
    ),
  ];
}

/**
 * Alone, between neighbours that hold every kind of quote, and before a bare value ending in a backtick: a value whose
 * quote never closes, or closes early, runs on into a later line's quote in one reader or the other.
 */
function inContexts(line: string, value: string): { document: string; expected: Record<string, string> }[] {
  return [
    { document: `K=${line}\n`, expected: { K: value } },
    {
      document: `A="a'\`"\nK=${line}\nY="y'\`"\nZ='z"\`'\n`,
      expected: { A: "a'`", K: value, Y: "y'`", Z: 'z"`' },
    },

    // A bare neighbour the writer itself may write, ending in a backtick: dotenv's backtick quote can run on to it.
    { document: `K=${line}\nY=y\`\n`, expected: { K: value, Y: "y`" } },
  ];
}

describe("formatDotenv", () => {
  it("writes values that dotenv, dotenv-expand and python-dotenv all read back exactly, or rejects them", () => {
    const cases = fc.sample(
      fc.uniqueArray(fc.record({ name, value: anyValue }), { selector: (v) => v.name, maxLength: 6 }),
      2000,
    );
    const documents: string[] = [];
    const expected: Record<string, string>[] = [];
    for (const vars of cases) {
      const { text, rejected } = formatDotenv(vars);
      const rejectedNames = new Set(rejected.map((r) => r.name));
      documents.push(text);
      expected.push(Object.fromEntries(vars.filter((v) => !rejectedNames.has(v.name)).map((v) => [v.name, v.value])));
      for (const r of rejected) {
        const value = vars.find((v) => v.name === r.name)!.value;
        if (value.length > 3) expect(r.reason).not.toContain(value);
      }
    }
    expect(readAll(documents, expected).wrong).toEqual([]);
  });

  it("refuses only what no writing carries: every way to write a refused value fails in some reader", () => {
    const refused = fc
      .sample(anyValue, 3000)
      .filter((value) => !hasLoneSurrogate(value) && !formatEnvLine("K", value).ok);
    const documents: string[] = [];
    const expected: Record<string, string>[] = [];
    const owner: string[] = [];
    for (const value of refused) {
      for (const line of writings(value)) {
        for (const { document, expected: want } of inContexts(line, value)) {
          documents.push(document);
          expected.push(want);
          owner.push(`${JSON.stringify(value)} written ${line}`);
        }
      }
    }
    const { right } = readAll(documents, expected);
    // A writing carries the value when every reader reads it right in every context.
    const carried = new Map<string, boolean>();
    owner.forEach((writing, i) => carried.set(writing, (carried.get(writing) ?? true) && right[i]!));
    expect([...carried].filter(([, all]) => all).map(([writing]) => writing)).toEqual([]);
    expect(refused.length).toBeGreaterThan(50);
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

  it("writes backslashes, backticks and quotes in a form dotenv and python-dotenv agree on", () => {
    const values = ["a\\\\b c", "run `id`", "it's \\'x\\'", "C:\\dir\\", "tab\\there", 'say "hi"\n'];
    const lines = values.map((value, i) => formatEnvLine(`V${i}`, value));
    expect(lines).toEqual([
      { ok: true, value: "V0=a\\\\b c" },
      { ok: true, value: "V1='run `id`'" },
      { ok: true, value: "V2=it's \\'x\\'" },
      { ok: true, value: "V3=C:\\dir\\" },
      { ok: true, value: "V4='tab\\there'" },
      { ok: true, value: "V5='say \"hi\"\n'" },
    ]);
    const text = lines.map((line) => (line.ok ? line.value : "")).join("\n") + "\n";
    const expected = Object.fromEntries(values.map((value, i) => [`V${i}`, value]));
    expect(readAll([text], [expected]).wrong).toEqual([]);
    // python-dotenv replaces ${} too, which dotenv-expand leaves alone.
    expect(formatEnvLine("P", "a${}b")).toMatchObject({ ok: false, error: expect.stringMatching(/python-dotenv/) });
  });

  it("writes a backslash before a line break with the break raw in double quotes, and every reader agrees", () => {
    // Single quotes cannot hold the ' and python-dotenv would read \\n written out as an escaped backslash and an "n".
    const values = ["C:\\dir\\\nit's `next`", "\\\n'$= }\ufeff`a"];
    const lines = values.map((value, i) => formatEnvLine(`W${i}`, value));
    expect(lines).toEqual(values.map((value, i) => ({ ok: true, value: `W${i}="${value}"` })));
    const text = lines.map((line) => (line.ok ? line.value : "")).join("\n") + "\n";
    const expected = Object.fromEntries(values.map((value, i) => [`W${i}`, value]));
    expect(readAll([text, `A="a'\`"\n${text}Y=y\`\n`], [expected, { A: "a'`", ...expected, Y: "y`" }]).wrong).toEqual(
      [],
    );
  });

  it("writes bare a value opening with a backtick when a later backtick closes nothing, and every reader agrees", () => {
    // No quote carries it (a ', a backslash before an n); dotenv's backtick quote would end at the next backtick,
    // which has more of the value after it, so dotenv reads the line as it is, as python-dotenv does.
    const values = ["`` \u{1F600}r\\n$'`\u{1F600}", "`a` b\\n'x"];
    const lines = values.map((value, i) => formatEnvLine(`B${i}`, value));
    expect(lines).toEqual(values.map((value, i) => ({ ok: true, value: `B${i}=${value}` })));
    const text = lines.map((line) => (line.ok ? line.value : "")).join("\n") + "\n";
    const expected = Object.fromEntries(values.map((value, i) => [`B${i}`, value]));
    expect(readAll([text, `A="a'\`"\n${text}Y=y\`\n`], [expected, { A: "a'`", ...expected, Y: "y`" }]).wrong).toEqual(
      [],
    );
    // dotenv unquotes with a multiline pattern, for which U+2028 starts a line: the quotes after it would be dropped.
    const separated = "n\"\\r\\:\\n\u2028''";
    expect(readAll([`S=${separated}\n`], [{ S: separated }]).wrong).not.toEqual([]);
    expect(formatEnvLine("S", separated).ok).toBe(false);
    // A backtick with nothing of the value after it, or none at all, would open or close a quote in dotenv.
    for (const value of ["`a\\n'", "`a\\n'`", "`a\\n'` "]) expect(formatEnvLine("B", value).ok).toBe(false);
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
