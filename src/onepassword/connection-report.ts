import type { AccountCheck } from "./connection-check";
import { withoutHome } from "./desktop-library";

export interface ReportVersions {
  extension: string;
  sdk: string;
  raycast: string;
  os: string;
  node: string;
}

const MARKS = { waiting: "…", running: "…", passed: "✓", failed: "✗", "not-reached": "–" } as const;

/**
 * What a support thread needs to tell where the connection breaks: versions, the library found, and each step's
 * outcome and error kind. Accounts are numbered, not named, and nothing from inside an account (a vault, an item,
 * a field, a value, the 1Password app's own message) is written: the report is meant to be pasted in public.
 */
export function connectionReport(versions: ReportVersions, checks: readonly AccountCheck[]): string {
  const lines = [
    "1Password Secrets: Check Connection",
    `Extension: ${versions.extension}`,
    `1Password SDK: ${versions.sdk}`,
    `Raycast: ${versions.raycast}`,
    `OS: ${versions.os}`,
    `Node.js: ${versions.node}`,
  ];
  checks.forEach((check, index) => {
    lines.push("", `Account ${index + 1} of ${checks.length}`);
    lines.push(`  Library: ${check.libraryPath ? withoutHome(check.libraryPath) : "not found"}`);
    for (const step of check.steps) {
      const kind = step.errorKind ? ` (${step.errorKind})` : "";
      const count = step.status === "passed" && step.id === "read-works" && step.detail ? `: ${step.detail}` : "";
      lines.push(`  ${MARKS[step.status]} ${step.title}: ${step.status}${kind}${count}`);
    }
  });
  return `${lines.join("\n")}\n`;
}
