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
  ToolConfirmationView,
  ToolRunRecord,
} from "./state";
export { runCommand, runNoViewCommand, type RunOptions } from "./driver/run-command";
export { runTool, type RunToolOptions, type ToolModule, type ToolOutcome } from "./driver/run-tool";
export {
  Screen,
  type DetailView,
  type DropdownView,
  type EmptyViewView,
  type FieldView,
  type ItemView,
  type SectionView,
  type WaitForOptions,
} from "./driver/screen";
export type { ActionView, MetadataEntry } from "./driver/tree";
export { normaliseKeys, macShortcutText, windowsShortcutText } from "./shortcut";
export { environment } from "./context";
export { loadBuiltCommand, loadBuiltTool } from "./load-built-command";
