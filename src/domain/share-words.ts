import type { ShareDuration } from "../onepassword/item-shares";

/** Share expiries in words, for the form and the AI tool's confirmation. */
export const DURATION_WORDS: Record<ShareDuration, string> = {
  OneHour: "1 hour",
  OneDay: "1 day",
  SevenDays: "7 days",
  FourteenDays: "14 days",
  ThirtyDays: "30 days",
};
