import type { Rng } from "./random";
import type { SimField, SimSection, SimWebsite } from "./model";
import { pkcs8PrivateKey } from "./ssh";

/**
 * Realistic item content: the services developers keep in 1Password, their hosts and token formats, and field
 * layouts that follow 1Password's conventions (Login: `username`/`password`; ApiCredentials: `username`/`credential`;
 * Database and Server: `hostname`/`url`, `username`, `password`; CreditCard: `ccnum`; SshKey: `private_key`).
 * Every generated value passes through `unique`, so each one can serve as a canary in tests.
 */

export interface Service {
  name: string;
  host: string;
  /** How an API token of this service looks. */
  token: (rng: Rng) => string;
}

const hex = "0123456789abcdef";
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export const SERVICES: readonly Service[] = [
  { name: "GitHub", host: "github.com", token: (r) => `ghp_${r.alnum(36)}` },
  { name: "GitLab", host: "gitlab.com", token: (r) => `glpat-${r.alnum(20)}` },
  { name: "AWS", host: "aws.amazon.com", token: (r) => r.alnum(40) },
  { name: "Stripe", host: "dashboard.stripe.com", token: (r) => `sk_live_${r.alnum(24)}` },
  { name: "Google Cloud", host: "console.cloud.google.com", token: (r) => `AIza${r.alnum(35)}` },
  { name: "Slack", host: "slack.com", token: (r) => `xoxb-${r.chars("0123456789", 12)}-${r.alnum(24)}` },
  { name: "OpenAI", host: "platform.openai.com", token: (r) => `sk-proj-${r.alnum(48)}` },
  { name: "Twilio", host: "console.twilio.com", token: (r) => `SK${r.chars(hex, 32)}` },
  { name: "SendGrid", host: "app.sendgrid.com", token: (r) => `SG.${r.alnum(22)}.${r.alnum(43)}` },
  { name: "Datadog", host: "app.datadoghq.com", token: (r) => r.chars(hex, 32) },
  { name: "npm", host: "www.npmjs.com", token: (r) => `npm_${r.alnum(36)}` },
  { name: "Docker Hub", host: "hub.docker.com", token: (r) => `dckr_pat_${r.alnum(27)}` },
  { name: "Cloudflare", host: "dash.cloudflare.com", token: (r) => r.alnum(40) },
  { name: "Vercel", host: "vercel.com", token: (r) => r.alnum(24) },
  { name: "Heroku", host: "dashboard.heroku.com", token: (r) => `HRKU-${r.chars(hex, 36)}` },
  { name: "Sentry", host: "sentry.io", token: (r) => `sntrys_${r.alnum(64)}` },
  { name: "Atlassian", host: "id.atlassian.com", token: (r) => `ATATT3x${r.alnum(48)}` },
  { name: "Linear", host: "linear.app", token: (r) => `lin_api_${r.alnum(40)}` },
  { name: "Notion", host: "www.notion.so", token: (r) => `secret_${r.alnum(43)}` },
  { name: "Figma", host: "www.figma.com", token: (r) => `figd_${r.alnum(40)}` },
  { name: "PagerDuty", host: "app.pagerduty.com", token: (r) => `u+${r.alnum(18)}` },
  { name: "Okta", host: "login.okta.com", token: (r) => `00${r.alnum(40)}` },
  { name: "DigitalOcean", host: "cloud.digitalocean.com", token: (r) => `dop_v1_${r.chars(hex, 64)}` },
  { name: "Azure", host: "portal.azure.com", token: (r) => r.alnum(44) },
  { name: "Mailgun", host: "app.mailgun.com", token: (r) => `key-${r.chars(hex, 32)}` },
  { name: "Shopify", host: "admin.shopify.com", token: (r) => `shpat_${r.chars(hex, 32)}` },
  { name: "Zendesk", host: "www.zendesk.com", token: (r) => r.alnum(40) },
  { name: "HubSpot", host: "app.hubspot.com", token: (r) => `pat-na1-${r.chars(hex, 36)}` },
  { name: "CircleCI", host: "app.circleci.com", token: (r) => `CCIPAT_${r.alnum(40)}` },
  { name: "Terraform Cloud", host: "app.terraform.io", token: (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}` },
  { name: "Postgres", host: "db.internal", token: (r) => r.alnum(32) },
  { name: "MongoDB Atlas", host: "cloud.mongodb.com", token: (r) => r.alnum(32) },
  { name: "Redis Cloud", host: "app.redislabs.com", token: (r) => r.alnum(32) },
  { name: "Netlify", host: "app.netlify.com", token: (r) => `nfp_${r.alnum(36)}` },
  { name: "Supabase", host: "supabase.com", token: (r) => `sbp_${r.chars(hex, 40)}` },
];

export const TITLE_SUFFIXES: readonly (readonly [string, number])[] = [
  ["", 6],
  [" Production", 2],
  [" Staging", 2],
  [" Dev", 1],
  [" CI", 1],
  [" (personal)", 1],
  [" Admin", 1],
  [" Read-only", 1],
  [" Backup", 0.5],
  [" Deploy Key", 0.5],
  [" Billing", 0.5],
  [" EU", 0.5],
  [" US", 0.5],
];

export const TAGS = [
  "work",
  "personal",
  "prod",
  "staging",
  "dev",
  "infra",
  "billing",
  "ci",
  "shared",
  "team/platform",
  "team/payments",
  "team/mobile",
  "oncall",
  "legacy",
] as const;

const FIRST = [
  "alex",
  "sam",
  "dana",
  "jordan",
  "kim",
  "lee",
  "morgan",
  "priya",
  "chen",
  "omar",
  "lucia",
  "noah",
  "ines",
];
const LAST = ["kim", "patel", "garcia", "nguyen", "smith", "mueller", "rossi", "tanaka", "silva", "okafor", "berg"];
const DOMAINS = ["acme.dev", "example.com", "corp.example", "mail.example.org"];
const SYMBOLS = "!@#$%^&*-_=+?";
const PASSWORD_CHARS = `ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789${SYMBOLS}`;

export function username(rng: Rng): string {
  const style = rng.int(0, 2);
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const tail = rng.chars("abcdefghijkmnpqrstuvwxyz23456789", 4);
  if (style === 0) return `${first}.${last}.${tail}@${rng.pick(DOMAINS)}`;
  if (style === 1) return `svc-${first}-${tail}`;
  return `${first}${last.charAt(0)}_${tail}`;
}

export function password(rng: Rng): string {
  return rng.chars(PASSWORD_CHARS, rng.int(20, 32));
}

export function otpSecret(rng: Rng): string {
  return rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32);
}

export function otpUri(issuer: string, account: string, secret: string): string {
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

export function website(host: string): SimWebsite {
  return { url: `https://${host}`, label: "website", autofillBehavior: "AnywhereOnWebsite" };
}

/** Draws values until one is new: every generated value is unique across the world. */
export type Unique = (make: () => string) => string;

export interface Content {
  fields: SimField[];
  sections: SimSection[];
  notes: string;
}

/** The fields an item of this category carries, with fresh unique values. */
export function contentFor(category: string, service: Service, rng: Rng, unique: Unique): Content {
  const user = () => unique(() => username(rng));
  const secret = () => unique(() => password(rng));
  switch (category) {
    case "Login":
      return {
        fields: [
          { id: "username", title: "username", fieldType: "Text", value: user() },
          { id: "password", title: "password", fieldType: "Concealed", value: secret() },
        ],
        sections: [],
        notes: "",
      };
    case "Password":
      return {
        fields: [{ id: "password", title: "password", fieldType: "Concealed", value: secret() }],
        sections: [],
        notes: "",
      };
    case "ApiCredentials":
      return {
        fields: [
          { id: "username", title: "username", fieldType: "Text", value: user() },
          { id: "credential", title: "credential", fieldType: "Concealed", value: unique(() => service.token(rng)) },
        ],
        sections: [],
        notes: "",
      };
    case "Database":
      return {
        fields: [
          {
            id: "hostname",
            title: "server",
            fieldType: "Text",
            value: unique(() => `${service.name.toLowerCase().replace(/\W+/g, "-")}-${rng.chars(hex, 6)}.db.internal`),
          },
          { id: "username", title: "username", fieldType: "Text", value: user() },
          { id: "password", title: "password", fieldType: "Concealed", value: secret() },
        ],
        sections: [],
        notes: "",
      };
    case "Server":
      return {
        fields: [
          {
            id: "url",
            title: "URL",
            fieldType: "Text",
            value: unique(() => `ssh://${rng.chars(hex, 8)}.${service.host}`),
          },
          { id: "username", title: "username", fieldType: "Text", value: user() },
          { id: "password", title: "password", fieldType: "Concealed", value: secret() },
        ],
        sections: [{ id: "admin_console", title: "Admin Console" }],
        notes: "",
      };
    case "CreditCard":
      return {
        fields: [
          {
            id: "ccnum",
            title: "number",
            fieldType: "CreditCardNumber",
            value: unique(() => `4${rng.chars("0123456789", 15)}`),
          },
        ],
        sections: [],
        notes: "",
      };
    case "SshKey": {
      const body = unique(() => rng.chars(`${upper}abcdefghijklmnopqrstuvwxyz+/`, 280));
      return {
        fields: [
          {
            id: "private_key",
            title: "private key",
            fieldType: "SshKey",
            value: pkcs8PrivateKey(body),
            details: {
              type: "SshKey",
              content: {
                publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${rng.alnum(43)}`,
                fingerprint: `SHA256:${rng.alnum(43)}`,
                keyType: "ed25519",
              },
            },
          },
        ],
        sections: [],
        notes: "",
      };
    }
    case "SoftwareLicense":
      return {
        fields: [
          {
            id: "reg_code",
            title: "license key",
            fieldType: "Concealed",
            value: unique(
              () => `${rng.chars(upper, 5)}-${rng.chars(upper, 5)}-${rng.chars(upper, 5)}-${rng.chars(upper, 5)}`,
            ),
          },
        ],
        sections: [],
        notes: "",
      };
    case "SecureNote":
      return {
        fields: [],
        sections: [],
        notes: unique(
          () => `Recovery codes for ${service.name}: ${rng.chars(hex, 10)} ${rng.chars(hex, 10)} ${rng.chars(hex, 10)}`,
        ),
      };
    default:
      return {
        fields: [{ id: "password", title: "password", fieldType: "Concealed", value: secret() }],
        sections: [],
        notes: "",
      };
  }
}
