import { BrowserExtension, environment } from "@raycast/api";
import { useEffect, useState } from "react";
import { siteOf } from "../lib/site";
import { hostOf } from "../lib/url";

/**
 * The site (registrable domain) of the browser's active tab, through Raycast's Browser Extension, or undefined. It is
 * asked after the first frame, and an answer later than WAIT_MS is ignored, as is any failure: without the extension,
 * with the browser closed or slow, the screen stays exactly as it would be without this. The tab's URL is read in
 * memory, reduced to its site at once and never stored.
 */

/** Long enough for a browser that answers at once; short enough that the list never rearranges under the person. */
const WAIT_MS = 300;

async function activeTabSite(): Promise<string | undefined> {
  try {
    if (!environment.canAccess(BrowserExtension)) return undefined;
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), WAIT_MS).unref?.());
    const tabs = await Promise.race([BrowserExtension.getTabs(), timeout]);
    const url = tabs?.find((tab) => tab.active)?.url;
    if (!url || !/^https?:\/\//i.test(url)) return undefined;
    const host = hostOf(url);
    return host === undefined ? undefined : siteOf(host);
  } catch {
    return undefined;
  }
}

export function useTabSite(enabled: boolean): string | undefined {
  const [site, setSite] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void activeTabSite().then((found) => {
      if (live && found !== undefined) setSite(found);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return site;
}
