import { Action, ActionPanel, Color, Icon, Keyboard, List, open, openExtensionPreferences } from "@raycast/api";
import { useCallback, useEffect, useRef, useState } from "react";
import { copyText } from "../../clipboard/secure-clipboard";
import type { Preferences } from "../../lib/preferences";
import { type AccountCheck, type StepOutcome, checkAccount, initialSteps } from "../../onepassword/connection-check";
import { connectionReport } from "../../onepassword/connection-report";
import { SETUP_GUIDE_URL } from "../../onepassword/errors";
import { reportVersions } from "./report-versions";

const STATUS_ICONS = {
  waiting: { source: Icon.Circle, tintColor: Color.SecondaryText },
  running: { source: Icon.CircleProgress50, tintColor: Color.Blue },
  passed: { source: Icon.CheckCircle, tintColor: Color.Green },
  failed: { source: Icon.XMarkCircle, tintColor: Color.Red },
  "not-reached": { source: Icon.MinusCircle, tintColor: Color.SecondaryText },
} as const;

const STATUS_WORDS = {
  waiting: "Waiting",
  running: "Checking…",
  passed: "Passed",
  failed: "Failed",
  "not-reached": "Not Reached",
} as const;

/**
 * Check Connection: for each configured account, the steps from Raycast to its vaults, run in order, each shown as
 * passed, failed (with its fix) or not reached. Accounts are checked one after another: 1Password shows one prompt at
 * a time.
 */
export function CheckConnection(props: { preferences: Preferences }) {
  const accounts = props.preferences.accounts;
  const [checks, setChecks] = useState<AccountCheck[]>(() =>
    accounts.map((account) => ({ account, steps: initialSteps() })),
  );
  const [running, setRunning] = useState(true);
  const [round, setRound] = useState(0);
  const checksRef = useRef(checks);

  useEffect(() => {
    let current = true;
    const update = (index: number, patch: Partial<AccountCheck>) => {
      if (!current) return;
      checksRef.current = checksRef.current.map((check, i) => (i === index ? { ...check, ...patch } : check));
      setChecks(checksRef.current);
    };
    checksRef.current = accounts.map((account) => ({ account, steps: initialSteps() }));
    setChecks(checksRef.current);
    setRunning(true);
    void (async () => {
      for (const [index, account] of accounts.entries()) {
        const result = await checkAccount(account, (steps) => update(index, { steps }));
        update(index, result);
      }
      if (current) setRunning(false);
    })();
    return () => {
      current = false;
    };
  }, [accounts, round]);

  const checkAgain = useCallback(() => setRound((n) => n + 1), []);
  const copyReport = useCallback(async () => {
    await copyText(connectionReport(reportVersions(), checksRef.current), "connection report");
  }, []);

  // The first failed step is where the fix is: it is selected, so ↵ runs the fix.
  const failed = checks.flatMap((check, index) =>
    check.steps.filter((step) => step.status === "failed").map((step) => `${index}-${step.id}`),
  )[0];

  return (
    <List isLoading={running} navigationTitle="Check Connection" selectedItemId={failed}>
      {checks.map((check, index) => (
        <List.Section
          key={check.account}
          title={accounts.length > 1 ? `Account ${check.account}` : `Account “${check.account}”`}
          subtitle={summary(check.steps)}
        >
          {check.steps.map((step) => (
            <List.Item
              key={`${index}-${step.id}`}
              id={`${index}-${step.id}`}
              title={step.title}
              subtitle={subtitleOf(step)}
              icon={STATUS_ICONS[step.status]}
              accessories={[{ text: STATUS_WORDS[step.status] }]}
              actions={
                <ActionPanel>
                  {step.status === "failed" ? <FixAction step={step} /> : null}
                  <Action
                    title="Check Again"
                    icon={Icon.ArrowClockwise}
                    shortcut={Keyboard.Shortcut.Common.Refresh}
                    onAction={checkAgain}
                  />
                  <Action
                    title="Copy Report"
                    icon={Icon.Clipboard}
                    shortcut={Keyboard.Shortcut.Common.Copy}
                    onAction={() => void copyReport()}
                  />
                  {step.fix ? (
                    <Action title="Copy Fix" icon={Icon.Text} onAction={() => void copyText(step.fix ?? "", "fix")} />
                  ) : null}
                </ActionPanel>
              }
            />
          ))}
        </List.Section>
      ))}
    </List>
  );
}

function summary(steps: readonly StepOutcome[]): string {
  if (steps.some((step) => step.status === "failed")) return "Not connected";
  if (steps.every((step) => step.status === "passed")) return "Connected";
  return "Checking…";
}

function subtitleOf(step: StepOutcome): string | undefined {
  if (step.status === "failed") return step.fix;
  if (step.status === "running" && step.id === "access-approved") {
    return "If 1Password asks, approve “1Password Access Requested” (it may be behind other windows).";
  }
  return step.detail;
}

function FixAction(props: { step: StepOutcome }) {
  switch (props.step.fixAction) {
    case "open-setup-guide":
      return <Action title="Open Setup Guide" icon={Icon.Book} onAction={() => void open(SETUP_GUIDE_URL)} />;
    case "open-1password":
      return <Action title="Open 1Password" icon={Icon.AppWindow} onAction={() => void open("onepassword://")} />;
    case "open-preferences":
      return (
        <Action title="Open Extension Preferences" icon={Icon.Gear} onAction={() => void openExtensionPreferences()} />
      );
    default:
      // "Check Again" is the next action of every row.
      return null;
  }
}
