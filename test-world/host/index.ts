/** The headless Raycast host for tests: host state, the driver and loading the built bundle. */
export { host, resetHost } from "./state";
export type {
  AlertRecord,
  ClipboardContent,
  ClipboardWrite,
  HudRecord,
  LaunchRecord,
  LogRecord,
  ToastRecord,
  ToastSnapshot,
  CommandModule,
} from "./records";
export type { ToolConfirmationView, ToolRunRecord } from "./tool-records";
export { runCommand, runNoViewCommand, type RunOptions } from "./driver/run-command";
export { runTool, type RunToolOptions, type ToolModule, type ToolOutcome } from "./driver/run-tool";
export { Screen } from "./driver/screen";
export type { DetailView } from "./driver/detail-reading";
export type { DropdownView } from "./driver/dropdown";
export type { FieldView } from "./driver/form-reading";
export type { EmptyViewView, ItemView, SectionView } from "./driver/list-reading";
export type { WaitForOptions } from "./driver/wait";
export type { ActionView, MetadataEntry } from "./driver/tree";
export { normaliseKeys, macShortcutText, windowsShortcutText } from "./shortcut";
export { environment } from "./context";
export { loadBuiltCommand, loadBuiltTool } from "./load-built-command";
