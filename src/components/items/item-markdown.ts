import { codeSpanInCell, escapeMarkdown } from "../../lib/markdown";

const MASK = "••••••••";

export interface DetailRow {
  label: string;
  /** Undefined while the value is masked. */
  value?: string;
}

/**
 * The Markdown of an item's detail: its title, then a table of its fields. Every title, label and value is the item's
 * own text, which anyone who can edit the item chooses, so it is shown as text and never read as Markdown.
 */
export function itemDetailMarkdown(detail: {
  title: string;
  rows: readonly DetailRow[];
  isLoading: boolean;
  hasNotes: boolean;
}): string {
  const rows = detail.rows.map(
    ({ label, value }) => `| ${escapeMarkdown(label)} | ${value === undefined ? MASK : codeSpanInCell(value)} |`,
  );
  return [
    `# ${escapeMarkdown(detail.title)}`,
    "",
    rows.length > 0
      ? ["| Field | Value |", "| --- | --- |", ...rows].join("\n")
      : detail.isLoading
        ? ""
        : "_No fields._",
    detail.hasNotes ? "\n_This item has notes; open it in 1Password to read them._" : "",
  ].join("\n");
}
