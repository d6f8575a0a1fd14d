/** A variable with its value, as an Environment hands it over. Lives in memory only while an action needs it. */
export interface EnvVariable {
  name: string;
  value: string;
}

/** A variable a formatter left out, and why. The reason never quotes the value. */
export interface RejectedVariable {
  name: string;
  reason: string;
}

/** A formatted Environment: the text to copy, and what could not be written into it faithfully. */
export interface FormattedEnvironment {
  text: string;
  rejected: RejectedVariable[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A broken UTF-16 string cannot be written to a UTF-8 file or clipboard unchanged. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
