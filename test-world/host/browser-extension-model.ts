/** One browser tab as BrowserExtension.getTabs() reports it. */
export interface BrowserTab {
  active: boolean;
  id: number;
  url: string;
  title?: string;
  favicon?: string;
}

/** Raycast's Browser Extension as the host plays it: installed or not, its tabs, a failure or a delay. */
export interface BrowserExtensionModel {
  installed: boolean;
  tabs: BrowserTab[];
  failure?: Error;
  delayMs?: number;
}

/** No Browser Extension installed: the state every test starts in. */
export function absentBrowserExtension(): BrowserExtensionModel {
  return { installed: false, tabs: [] };
}
