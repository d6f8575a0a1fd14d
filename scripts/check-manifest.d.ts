/** A problem found in the manifest: a JSON pointer into package.json and what is wrong there. */
export interface ManifestProblem {
  pointer: string;
  message: string;
}

export interface CheckManifestOptions {
  /** Whether a file exists, for a path relative to the extension root such as `src/search-secrets.tsx`. */
  fileExists: (relativePath: string) => boolean;
}

/** Checks a parsed Raycast manifest; returns no problems when it is fine. */
export function checkManifest(manifest: unknown, options: CheckManifestOptions): ManifestProblem[];

/** The Title Case form of a title, by Apple-style rules with the spellings `ray lint` enforces. */
export function titleCase(text: string): string;

export const RAYCAST_CATEGORIES: readonly string[];
export const PLATFORMS: readonly string[];
export const PREFERENCE_TYPES: readonly string[];
