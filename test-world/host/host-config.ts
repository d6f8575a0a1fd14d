/** Raycast's `Application`, as getFrontmostApplication() reports it. */
export interface FrontmostApplication {
  name: string;
  path: string;
  bundleId?: string;
  localizedName?: string;
  windowsAppId?: string;
}

/** How the host is set up: kept across resetHost(), but for the background timeout. */
export interface HostConfig {
  assetsPath: string;
  /**
   * How long Raycast lets a background launch run before ending it. Raycast ties the real timeout to the command's
   * interval and does not document it; a few seconds is what a command can count on.
   */
  backgroundTimeoutMs: number;
  isDevelopment: boolean;
  /** The app in front when Raycast opened (each test starts with it in front again). */
  frontmostApplication: FrontmostApplication;
}

export const DEFAULT_BACKGROUND_TIMEOUT_MS = 5_000;

export function defaultHostConfig(): HostConfig {
  return {
    assetsPath: "",
    backgroundTimeoutMs: DEFAULT_BACKGROUND_TIMEOUT_MS,
    isDevelopment: false,
    frontmostApplication: {
      name: "TextEdit",
      path: "/System/Applications/TextEdit.app",
      bundleId: "com.apple.TextEdit",
    },
  };
}
