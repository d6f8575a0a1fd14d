import { dotenvNameProblem } from "../../lib/dotenv";
import { parseSecretReference } from "../../lib/secret-reference";

/** One part of a `.env` template: the comment the tool writes above it, if any, and its `NAME=…` lines. */
export interface TemplateSection {
  comment?: string;
  lines: readonly string[];
}

/** dotenv reads a carriage return as a line break too: a line is whatever sits between any of them. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Why a line is not one a template may hold, or undefined when it is: a blank line between sections, a comment the
 * tool wrote (exactly), `NAME=` left for the person to fill in, or `NAME=op://…` (double-quoted when the reference
 * has spaces). Names follow the rule the `.env` copies follow; references are ones 1Password's parser accepts.
 */
export function templateLineProblem(line: string, comments: ReadonlySet<string>): string | undefined {
  if (line === "" || comments.has(line)) return undefined;
  const equals = line.indexOf("=");
  if (equals < 0) return "not a NAME=value line";
  const nameProblem = dotenvNameProblem(line.slice(0, equals));
  if (nameProblem) return nameProblem;
  const value = line.slice(equals + 1);
  if (value === "") return undefined;
  const quoted = value.length > 2 && value.startsWith('"') && value.endsWith('"');
  const reference = quoted ? value.slice(1, -1) : value;
  // Unquoted, dotenv trims a value and stops at "#"; quoted, it is read to the next quote.
  if (/\s/.test(reference) !== quoted) return "a reference with spaces is double-quoted, and only then";
  if (reference.trim() !== reference || !parseSecretReference(reference).ok) return "not an op:// secret reference";
  return undefined;
}

/**
 * The template's text, sections a blank line apart. Every line is checked before the text leaves the tool: a line
 * that is not a reference, a name to fill in or the tool's own comment means something got through that should not
 * have, and nothing is returned.
 */
export function writeTemplate(sections: readonly TemplateSection[]): string {
  const comments = new Set(sections.flatMap((section) => (section.comment === undefined ? [] : [section.comment])));
  const text = sections
    .map((section) => [...(section.comment === undefined ? [] : [section.comment]), ...section.lines].join("\n"))
    .join("\n\n");
  const lines = text.split(LINE_BREAK);
  if (lines.some((line) => templateLineProblem(line, comments) !== undefined)) {
    throw new Error("The template held a line it does not write.");
  }
  return `${text}\n`;
}
