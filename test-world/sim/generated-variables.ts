import type { Rng } from "./random";

/** The Environments generateWorld makes: app and stage names, and the variables they carry with realistic values. */

export const ENV_APPS = ["api", "web", "worker", "billing", "auth", "search", "gateway", "mobile-backend"];
export const ENV_STAGES = ["production", "staging", "development", "preview"];

export interface VariableTemplate {
  name: string;
  masked: boolean;
  value: (r: Rng) => string;
}

export const VARIABLES: readonly VariableTemplate[] = [
  {
    name: "DATABASE_URL",
    masked: true,
    value: (r) => `postgres://app_${r.alnum(6)}:${r.alnum(24)}@db-${r.chars("0123456789abcdef", 8)}.internal:5432/app`,
  },
  {
    name: "REDIS_URL",
    masked: true,
    value: (r) => `redis://default:${r.alnum(24)}@cache-${r.chars("0123456789abcdef", 8)}.internal:6379`,
  },
  { name: "STRIPE_SECRET_KEY", masked: true, value: (r) => `sk_live_${r.alnum(24)}` },
  { name: "STRIPE_WEBHOOK_SECRET", masked: true, value: (r) => `whsec_${r.alnum(32)}` },
  { name: "JWT_SECRET", masked: true, value: (r) => r.alnum(48) },
  { name: "SESSION_SECRET", masked: true, value: (r) => r.alnum(40) },
  { name: "OPENAI_API_KEY", masked: true, value: (r) => `sk-proj-${r.alnum(48)}` },
  { name: "AWS_ACCESS_KEY_ID", masked: false, value: (r) => `AKIA${r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}` },
  { name: "AWS_SECRET_ACCESS_KEY", masked: true, value: (r) => r.alnum(40) },
  { name: "GITHUB_TOKEN", masked: true, value: (r) => `ghp_${r.alnum(36)}` },
  {
    name: "SENTRY_DSN",
    masked: false,
    value: (r) =>
      `https://${r.chars("0123456789abcdef", 32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`,
  },
  {
    name: "API_BASE_URL",
    masked: false,
    value: (r) => `https://api-${r.chars("abcdefghijkmnpqrstuvwxyz", 6)}.example.com`,
  },
  { name: "SMTP_PASSWORD", masked: true, value: (r) => r.alnum(28) },
  {
    name: "SLACK_WEBHOOK_URL",
    masked: true,
    value: (r) => `https://hooks.slack.com/services/T${r.alnum(8)}/B${r.alnum(10)}/${r.alnum(24)}`,
  },
  { name: "DATADOG_API_KEY", masked: true, value: (r) => r.chars("0123456789abcdef", 32) },
];
