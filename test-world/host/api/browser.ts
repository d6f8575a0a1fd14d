import { haltIfEnded } from "../context";
import type { BrowserTab } from "../browser-extension-model";
import { host } from "../state";

/**
 * Raycast's BrowserExtension API. `getTabs()` answers the tabs of the browser Raycast's Browser Extension is installed
 * in; without the extension it rejects (and `environment.canAccess(BrowserExtension)` is false), and it rejects when
 * the browser does not answer (closed, extension disconnected). Answers may come late (`host.browserExtension.delayMs`).
 */
export const BrowserExtension = {
  async getTabs(): Promise<BrowserTab[]> {
    await haltIfEnded();
    host.browserTabReads += 1;
    const model = host.browserExtension;
    if (model.delayMs) await new Promise((resolve) => setTimeout(resolve, model.delayMs));
    if (!model.installed) throw new Error("Raycast Browser Extension is not installed");
    if (model.failure) throw model.failure;
    return model.tabs.map((tab) => ({ ...tab }));
  },
  async getContent(): Promise<string> {
    throw new Error("@raycast/api stand-in: BrowserExtension.getContent is not modelled");
  },
};
