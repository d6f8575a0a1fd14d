import { type Node, Parser } from "commonmark";
import fc from "fast-check";
import { valueMarkdown } from "../../src/components/environments/RevealValue";
import { itemDetailMarkdown } from "../../src/components/items/item-markdown";
import { codeSpanInCell, escapeMarkdown, fencedCode } from "../../src/lib/markdown";

/**
 * The Markdown the extension renders, read by a real CommonMark renderer (commonmark.js): text from 1Password (item
 * titles, field labels and values, variable names and values) never becomes an image, a link or HTML, and shows as
 * written.
 */

const ATTACKER = [
  "![v](https://attacker.example/v.png)",
  "[l](https://attacker.example)",
  "[r]: https://attacker.example/r.png",
  "![r]",
  '<img src="https://attacker.example/i.png">',
  "<https://attacker.example>",
  "<a@attacker.example>",
  "<!-- x -->",
  "&lt;img&gt;",
  "&#60;",
  "`",
  "``",
  "```",
  "~~~",
  "\\",
  "\\`",
  "|",
  "\\|",
  "\n",
  "\r\n",
  "\r",
  " ",
  "    ",
  "*",
  "_",
  "#",
  "- ",
  "1. ",
  "> ",
  "![",
  "](",
  ")",
  "a",
  "Zoë 🔑",
];
const hostile = fc.oneof(
  fc.array(fc.constantFrom(...ATTACKER), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const parse = (markdown: string) => new Parser().parse(markdown);

/** Every node of the rendered document. */
function nodes(root: Node): Node[] {
  const found: Node[] = [];
  const walker = root.walker();
  for (let step = walker.next(); step; step = walker.next()) if (step.entering) found.push(step.node);
  return found;
}

const UNSAFE = new Set(["image", "link", "html_inline", "html_block"]);
const unsafeNodes = (markdown: string) =>
  nodes(parse(markdown))
    .filter((node) => UNSAFE.has(node.type))
    .map((node) => `${node.type} ${node.destination ?? node.literal ?? ""}`);

/** The text a node shows. */
const textOf = (node: Node) =>
  nodes(node)
    .map((child) => (child.type === "text" || child.type === "code" ? (child.literal ?? "") : ""))
    .join("");

/**
 * GFM's table rows as cmark-gfm splits them before reading each cell as Markdown: at every pipe not written `\|`, then
 * `\|` unescaped. (commonmark.js has no tables; it reads a row as one paragraph, which is checked as well.)
 */
function gfmCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\" && line[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (line[i] === "|") {
      cells.push(cell);
      cell = "";
    } else cell += line[i];
  }
  cells.push(cell);
  return cells.slice(1, -1).map((text) => text.trim());
}

/** As CommonMark shows text: on one line, NUL replaced (as the spec requires). */
const oneLine = (text: string) => text.replace(/\r\n?|\n/g, " ").replace(/\0/g, "\uFFFD");
/** Text shown on one line, compared without its edge whitespace (which CommonMark strips by its own rules). */
const shownLine = (text: string) => oneLine(text).trim();
/** What CommonMark shows of a code span: a value of spaces only keeps its padding. */
const shownCode = (value: string) => (/^ *$/.test(value) ? ` ${value} ` : value);

describe("item details", () => {
  const row = fc.record({ label: hostile, value: fc.option(hostile, { nil: undefined }) });

  test("a hostile title, label or value renders no image, link or HTML, whole or cell by cell", () => {
    fc.assert(
      fc.property(hostile, fc.array(row, { maxLength: 4 }), (title, rows) => {
        const markdown = itemDetailMarkdown({ title, rows, isLoading: false, hasNotes: true });
        expect(unsafeNodes(markdown)).toEqual([]);
        for (const line of markdown.split("\n").filter((text) => text.startsWith("| "))) {
          for (const cell of gfmCells(line)) expect(unsafeNodes(cell)).toEqual([]);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test("the title, labels and values show as written", () => {
    fc.assert(
      fc.property(hostile, fc.array(row, { minLength: 1, maxLength: 4 }), (title, rows) => {
        const markdown = itemDetailMarkdown({ title, rows, isLoading: false, hasNotes: false });
        const heading = nodes(parse(markdown)).find((node) => node.type === "heading");
        expect(heading && textOf(heading).trim()).toBe(shownLine(title));
        const cells = markdown
          .split("\n")
          .slice(4)
          .map((line) => gfmCells(line).map((cell) => parse(cell)));
        rows.forEach(({ label, value }, index) => {
          const [labelCell, valueCell] = cells[index] ?? [];
          expect(labelCell && textOf(labelCell).trim()).toBe(shownLine(label));
          if (value !== undefined) expect(valueCell && textOf(valueCell)).toBe(shownCode(oneLine(value)));
        });
      }),
      { numRuns: 1_000 },
    );
  });

  test("the attack the review found: a backslash does not end a code span", () => {
    const value = "bob\\` ![v](https://attacker.example/v.png) \\`";
    const markdown = itemDetailMarkdown({
      title: "![t](https://attacker.example/t.png)",
      rows: [{ label: "[l](https://attacker.example/)", value }],
      isLoading: false,
      hasNotes: false,
    });
    expect(unsafeNodes(markdown)).toEqual([]);
    expect(codeSpanInCell(value)).toBe("`` bob\\` ![v](https://attacker.example/v.png) \\` ``");
  });
});

describe("a revealed variable", () => {
  test("a hostile name or value renders no image, link or HTML, and shows as written", () => {
    fc.assert(
      fc.property(hostile, hostile, (name, value) => {
        const markdown = valueMarkdown(name, value);
        expect(unsafeNodes(markdown)).toEqual([]);
        const all = nodes(parse(markdown));
        const heading = all.find((node) => node.type === "heading");
        expect(heading && textOf(heading).trim()).toBe(shownLine(name));
        const block = all.find((node) => node.type === "code_block");
        // CommonMark reads any line ending as one; the block's text ends with one.
        expect(block?.literal).toBe(`${value}\n`.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD"));
      }),
      { numRuns: 2_000 },
    );
  });
});

test("escaped text and fences stay what they were", () => {
  expect(escapeMarkdown("a_b [c]")).toBe("a\\_b \\[c\\]");
  expect(fencedCode("has ``` inside")).toBe("````\nhas ``` inside\n````");
});
