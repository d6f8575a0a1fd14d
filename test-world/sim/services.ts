import { HEX } from "./field-values";
import type { Rng } from "./random";

/** The services developers keep in 1Password, with their hosts and how their API tokens look. */

export interface Service {
  name: string;
  host: string;
  /** How an API token of this service looks. */
  token: (rng: Rng) => string;
}

export const SERVICES: readonly Service[] = [
  { name: "GitHub", host: "github.com", token: (r) => `ghp_${r.alnum(36)}` },
  { name: "GitLab", host: "gitlab.com", token: (r) => `glpat-${r.alnum(20)}` },
  { name: "AWS", host: "aws.amazon.com", token: (r) => r.alnum(40) },
  { name: "Stripe", host: "dashboard.stripe.com", token: (r) => `sk_live_${r.alnum(24)}` },
  { name: "Google Cloud", host: "console.cloud.google.com", token: (r) => `AIza${r.alnum(35)}` },
  { name: "Slack", host: "slack.com", token: (r) => `xoxb-${r.chars("0123456789", 12)}-${r.alnum(24)}` },
  { name: "OpenAI", host: "platform.openai.com", token: (r) => `sk-proj-${r.alnum(48)}` },
  { name: "Twilio", host: "console.twilio.com", token: (r) => `SK${r.chars(HEX, 32)}` },
  { name: "SendGrid", host: "app.sendgrid.com", token: (r) => `SG.${r.alnum(22)}.${r.alnum(43)}` },
  { name: "Datadog", host: "app.datadoghq.com", token: (r) => r.chars(HEX, 32) },
  { name: "npm", host: "www.npmjs.com", token: (r) => `npm_${r.alnum(36)}` },
  { name: "Docker Hub", host: "hub.docker.com", token: (r) => `dckr_pat_${r.alnum(27)}` },
  { name: "Cloudflare", host: "dash.cloudflare.com", token: (r) => r.alnum(40) },
  { name: "Vercel", host: "vercel.com", token: (r) => r.alnum(24) },
  { name: "Heroku", host: "dashboard.heroku.com", token: (r) => `HRKU-${r.chars(HEX, 36)}` },
  { name: "Sentry", host: "sentry.io", token: (r) => `sntrys_${r.alnum(64)}` },
  { name: "Atlassian", host: "id.atlassian.com", token: (r) => `ATATT3x${r.alnum(48)}` },
  { name: "Linear", host: "linear.app", token: (r) => `lin_api_${r.alnum(40)}` },
  { name: "Notion", host: "www.notion.so", token: (r) => `secret_${r.alnum(43)}` },
  { name: "Figma", host: "www.figma.com", token: (r) => `figd_${r.alnum(40)}` },
  { name: "PagerDuty", host: "app.pagerduty.com", token: (r) => `u+${r.alnum(18)}` },
  { name: "Okta", host: "login.okta.com", token: (r) => `00${r.alnum(40)}` },
  { name: "DigitalOcean", host: "cloud.digitalocean.com", token: (r) => `dop_v1_${r.chars(HEX, 64)}` },
  { name: "Azure", host: "portal.azure.com", token: (r) => r.alnum(44) },
  { name: "Mailgun", host: "app.mailgun.com", token: (r) => `key-${r.chars(HEX, 32)}` },
  { name: "Shopify", host: "admin.shopify.com", token: (r) => `shpat_${r.chars(HEX, 32)}` },
  { name: "Zendesk", host: "www.zendesk.com", token: (r) => r.alnum(40) },
  { name: "HubSpot", host: "app.hubspot.com", token: (r) => `pat-na1-${r.chars(HEX, 36)}` },
  { name: "CircleCI", host: "app.circleci.com", token: (r) => `CCIPAT_${r.alnum(40)}` },
  { name: "Terraform Cloud", host: "app.terraform.io", token: (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}` },
  { name: "Postgres", host: "db.internal", token: (r) => r.alnum(32) },
  { name: "MongoDB Atlas", host: "cloud.mongodb.com", token: (r) => r.alnum(32) },
  { name: "Redis Cloud", host: "app.redislabs.com", token: (r) => r.alnum(32) },
  { name: "Netlify", host: "app.netlify.com", token: (r) => `nfp_${r.alnum(36)}` },
  { name: "Supabase", host: "supabase.com", token: (r) => `sbp_${r.chars(HEX, 40)}` },
];
