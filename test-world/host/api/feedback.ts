import { inAct } from "../act";
import { haltIfEnded } from "../context";
import { AlertActionStyle, ToastStyle } from "../enums";
import type { ToastRecord, ToastSnapshot } from "../records";
import { closeWindow, host, recordError } from "../state";

interface ToastActionOptions {
  title: string;
  shortcut?: unknown;
  onAction: (toast: Toast) => void;
}

interface ToastOptions {
  title: string;
  message?: string;
  style?: ToastStyle;
  primaryAction?: ToastActionOptions;
  secondaryAction?: ToastActionOptions;
}

/** The stand-in `Toast`: every change to a shown toast is appended to its record's history. */
export class Toast {
  static readonly Style = ToastStyle;

  private options: ToastOptions & { style: ToastStyle };
  private record: ToastRecord | undefined;
  private hidden = false;

  constructor(options: ToastOptions) {
    this.options = { ...options, style: options.style ?? ToastStyle.Success };
  }

  get style(): ToastStyle {
    return this.options.style;
  }
  set style(style: ToastStyle) {
    this.options.style = style;
    this.update();
  }
  get title(): string {
    return this.options.title;
  }
  set title(title: string) {
    this.options.title = title;
    this.update();
  }
  get message(): string | undefined {
    return this.options.message;
  }
  set message(message: string | undefined) {
    this.options.message = message;
    this.update();
  }
  get primaryAction(): ToastActionOptions | undefined {
    return this.options.primaryAction;
  }
  set primaryAction(action: ToastActionOptions | undefined) {
    this.options.primaryAction = action;
    this.update();
  }
  get secondaryAction(): ToastActionOptions | undefined {
    return this.options.secondaryAction;
  }
  set secondaryAction(action: ToastActionOptions | undefined) {
    this.options.secondaryAction = action;
    this.update();
  }

  async show(): Promise<void> {
    this.hidden = false;
    if (!this.record) {
      this.record = this.createRecord();
      host.toasts.push(this.record);
    }
    this.update();
  }

  async hide(): Promise<void> {
    this.hidden = true;
    this.update();
  }

  private snapshot(): ToastSnapshot {
    const snapshot: ToastSnapshot = { style: this.options.style, title: this.options.title, hidden: this.hidden };
    if (this.options.message !== undefined) snapshot.message = this.options.message;
    if (this.options.primaryAction) snapshot.primaryAction = this.options.primaryAction.title;
    if (this.options.secondaryAction) snapshot.secondaryAction = this.options.secondaryAction.title;
    return snapshot;
  }

  private update(): void {
    const record = this.record;
    if (!record) return;
    const snapshot = this.snapshot();
    const last = record.history[record.history.length - 1];
    if (last && JSON.stringify(last) === JSON.stringify(snapshot)) return;
    record.history.push(snapshot);
    delete record.message;
    delete record.primaryAction;
    delete record.secondaryAction;
    Object.assign(record, snapshot);
  }

  private createRecord(): ToastRecord {
    const runAction = async (which: "primaryAction" | "secondaryAction") => {
      const action = this.options[which];
      if (!action) throw new Error(`toast "${this.options.title}" has no ${which}`);
      await inAct(() => action.onAction(this));
    };
    const record = { ...this.snapshot(), history: [] } as unknown as ToastRecord;
    Object.defineProperties(record, {
      runPrimaryAction: { value: () => runAction("primaryAction"), enumerable: false },
      runSecondaryAction: { value: () => runAction("secondaryAction"), enumerable: false },
    });
    return record;
  }
}

export async function showToast(
  optionsOrStyle: ToastOptions | ToastStyle,
  title?: string,
  message?: string,
): Promise<Toast> {
  const options: ToastOptions =
    typeof optionsOrStyle === "string" ? { style: optionsOrStyle, title: title ?? "", message } : optionsOrStyle;
  await haltIfEnded();
  const toast = new Toast(options);
  await toast.show();
  return toast;
}

/** A HUD appears after Raycast closes its window, so it counts as a window closure. */
export async function showHUD(title: string, options?: { clearRootSearch?: boolean; popToRootType?: string }) {
  await haltIfEnded();
  host.huds.push({ title, ...options });
  closeWindow("showHUD");
}

interface AlertActionOptions {
  title: string;
  style?: AlertActionStyle;
  onAction?: () => void;
}

export async function confirmAlert(options: {
  title: string;
  message?: string;
  icon?: unknown;
  primaryAction?: AlertActionOptions;
  dismissAction?: AlertActionOptions;
  rememberUserChoice?: boolean;
}): Promise<boolean> {
  const record: (typeof host.alerts)[number] = { title: options.title };
  if (options.message !== undefined) record.message = options.message;
  record.primaryAction = options.primaryAction?.title ?? "OK";
  if (options.primaryAction?.style) record.primaryStyle = options.primaryAction.style;
  record.dismissAction = options.dismissAction?.title ?? "Cancel";
  host.alerts.push(record);
  const queued = host.internal.alertAnswers.shift();
  const answer = typeof queued === "function" ? await queued() : (queued ?? host.internal.defaultAlertAnswer);
  if (answer === undefined) {
    const error = new Error(
      `confirmAlert("${options.title}") was not answered: call host.answerAlerts(true | false) before the step that shows it`,
    );
    recordError("confirmAlert", error);
    throw error;
  }
  record.answer = answer;
  (answer ? options.primaryAction : options.dismissAction)?.onAction?.();
  return answer;
}

export const Alert = { ActionStyle: AlertActionStyle };
