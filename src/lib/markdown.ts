/**
 * Text from 1Password (titles, labels, names, values) put into the Markdown a Detail renders. Anyone who can write an
 * item can choose that text, so none of it may become Markdown of its own: an image would load from their host the
 * moment the view opens, a link or HTML could pose as the extension's words.
 */

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** One line of plain text: every character CommonMark could read as syntax is escaped, line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(ASCII_PUNCTUATION, "\\$&");
}

/** A run of backticks longer than any in the value (and at least `minimum`), so the value cannot close it. */
function fenceFor(value: string, minimum: number): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(minimum, longest + 1));
}

/** A value as a code block: shown exactly, whatever it holds. */
export function fencedCode(value: string): string {
  const fence = fenceFor(value, 3);
  return `${fence}\n${value}\n${fence}`;
}

/**
 * A value as a code span in a table cell. A backslash escapes nothing inside a code span, so the fence is what keeps
 * the value in; the spaces inside the fence are removed by the renderer and let a value start or end with a backtick.
 * A pipe is written `\|`, which a GFM table reads as a pipe inside the cell (even inside a code span), and a line
 * break, which would end the table row, is shown as a space.
 */
export function codeSpanInCell(value: string): string {
  const line = value.replace(/\r\n?|\n/g, " ").replace(/\|/g, "\\|");
  const fence = fenceFor(line, 1);
  return `${fence} ${line} ${fence}`;
}
