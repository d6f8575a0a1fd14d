import { GITLEAKS, secretlint, token, type TokenShape } from "./token-shape";

/** Payments, messaging and AI providers. Order matters within the `sk-` family: the first match wins. */

const STRIPE_KEYS = "https://docs.stripe.com/keys";
const SLACK_TOKENS = "https://api.slack.com/concepts/token-types";
const SLACK_ROTATION = "https://api.slack.com/authentication/rotation";
const OPENAI_KEYS = secretlint("openai");

export const APP_SHAPES: readonly TokenShape[] = [
  token("Stripe", "Stripe Secret Key", "Secret key", /^sk_(?:live|test|prod)_[A-Za-z0-9]{10,247}$/, STRIPE_KEYS),
  token(
    "Stripe",
    "Stripe Restricted Key",
    "Restricted key",
    /^rk_(?:live|test|prod)_[A-Za-z0-9]{10,247}$/,
    STRIPE_KEYS,
  ),
  token("Stripe", "Stripe Publishable Key", "Publishable key", /^pk_(?:live|test)_[A-Za-z0-9]{10,247}$/, STRIPE_KEYS),
  token(
    "Stripe",
    "Stripe Webhook Secret",
    "Webhook signing secret",
    /^whsec_[A-Za-z0-9+/=]{32,100}$/,
    "https://docs.stripe.com/webhooks",
  ),
  token(
    "Square",
    "Square Access Token",
    "Access token",
    /^(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})$/,
    GITLEAKS,
  ),
  token("Square", "Square Application Secret", "Application secret", /^sq0csp-[A-Za-z0-9_-]{43}$/, GITLEAKS),
  token(
    "Braintree",
    "Braintree Access Token",
    "Access token",
    /^access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}$/,
    GITLEAKS,
  ),
  token("Shopify", "Shopify Token", "Admin API access token", /^shpat_[A-Za-z0-9]{32,64}$/, secretlint("shopify")),
  token("Shopify", "Shopify Token", "Custom app access token", /^shpca_[A-Za-z0-9]{32,64}$/, secretlint("shopify")),
  token("Shopify", "Shopify Token", "Private app access token", /^shppa_[A-Za-z0-9]{32,64}$/, secretlint("shopify")),
  token("Shopify", "Shopify App Secret", "Shared secret", /^shpss_[A-Za-z0-9]{32,64}$/, secretlint("shopify")),

  token("Slack", "Slack Token", "Bot token", /^xoxb-[0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{16,40}$/, SLACK_TOKENS),
  token(
    "Slack",
    "Slack Token",
    "User token",
    /^xoxp-[0-9]{6,16}-[0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{16,64}$/,
    SLACK_TOKENS,
  ),
  token(
    "Slack",
    "Slack Token",
    "App-level token",
    /^xapp-\d-[A-Z0-9]{8,14}-[0-9]{8,16}-[A-Za-z0-9]{32,80}$/,
    SLACK_TOKENS,
  ),
  token("Slack", "Slack Token", "Rotating access token", /^xoxe\.xox[bp]-\d-[A-Za-z0-9-]{60,250}$/, SLACK_ROTATION),
  token("Slack", "Slack Token", "Refresh token", /^xoxe-\d-[A-Za-z0-9-]{60,250}$/, SLACK_ROTATION),
  token(
    "Slack",
    "Slack Token",
    "Token",
    /^xox[aors]-(?:\d-)?(?:[A-Za-z0-9]{1,40}-)+[A-Za-z0-9]{8,40}$/,
    secretlint("slack"),
  ),
  token(
    "Slack",
    "Slack Webhook",
    "Incoming webhook URL",
    /^https:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{20,40}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Za-z0-9/]{20,120})$/,
    "https://api.slack.com/messaging/webhooks",
  ),
  token(
    "Discord",
    "Discord Bot Token",
    "Bot token",
    /^[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}$/,
    GITLEAKS,
  ),
  token(
    "Discord",
    "Discord Webhook",
    "Webhook URL",
    /^https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,70}$/,
    GITLEAKS,
  ),
  token("Twilio", "Twilio API Key", "API key SID", /^SK[a-f0-9]{32}$/, GITLEAKS),
  token(
    "Twilio",
    "Twilio Account SID",
    "Account SID",
    /^AC[a-f0-9]{32}$/,
    "https://www.twilio.com/docs/glossary/what-is-a-sid",
  ),
  token(
    "SendGrid",
    "SendGrid API Key",
    "API key",
    /^SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,50}$/,
    secretlint("sendgrid"),
  ),
  token("Mailgun", "Mailgun API Key", "Private API key", /^key-[a-f0-9]{32}$/, GITLEAKS),
  token("Mailgun", "Mailgun Signing Key", "Webhook signing key", /^[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}$/, GITLEAKS),
  token("Mailchimp", "Mailchimp API Key", "API key", /^[a-f0-9]{32}-us\d{1,2}$/, GITLEAKS),
  token(
    "Telegram",
    "Telegram Bot Token",
    "Bot token",
    /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/,
    "https://core.telegram.org/bots/api#authorizing-your-bot",
  ),
  token(
    "Resend",
    "Resend API Key",
    "API key",
    /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/,
    "https://resend.com/docs/dashboard/api-keys/introduction",
  ),

  token("Anthropic", "Anthropic API Key", "Admin API key", /^sk-ant-admin01-[A-Za-z0-9_-]{80,120}$/, GITLEAKS),
  token("Anthropic", "Anthropic API Key", "API key", /^sk-ant-[A-Za-z0-9_-]{32,200}$/, secretlint("anthropic")),
  token(
    "OpenRouter",
    "OpenRouter API Key",
    "API key",
    /^sk-or-v1-[a-f0-9]{64}$/,
    "https://openrouter.ai/docs/api-reference/authentication",
  ),
  token("OpenAI", "OpenAI API Key", "Project API key", /^sk-proj-[A-Za-z0-9_-]{40,250}$/, OPENAI_KEYS),
  token("OpenAI", "OpenAI API Key", "Service account key", /^sk-svcacct-[A-Za-z0-9_-]{40,250}$/, OPENAI_KEYS),
  token("OpenAI", "OpenAI API Key", "Admin API key", /^sk-admin-[A-Za-z0-9_-]{40,250}$/, OPENAI_KEYS),
  token("OpenAI", "OpenAI API Key", "API key", /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/, OPENAI_KEYS),
  // Other providers copied OpenAI's "sk-" too; "sk-" and 32 lowercase hex digits is DeepSeek's published shape.
  token("DeepSeek", "DeepSeek API Key", "API key", /^sk-[a-f0-9]{32}$/, "https://api-docs.deepseek.com/"),
  token("Groq", "Groq API Key", "API key", /^gsk_[A-Za-z0-9]{52}$/, secretlint("groq")),
  token("Hugging Face", "Hugging Face Token", "User access token", /^hf_[A-Za-z]{34}$/, secretlint("huggingface")),
  token("Hugging Face", "Hugging Face Token", "Organization API token", /^api_org_[A-Za-z]{34}$/, GITLEAKS),
  token(
    "Replicate",
    "Replicate API Token",
    "API token",
    /^r8_[A-Za-z0-9]{37}$/,
    "https://replicate.com/docs/topics/security/api-tokens",
  ),
  token("Perplexity", "Perplexity API Key", "API key", /^pplx-[A-Za-z0-9]{48}$/, GITLEAKS),
  token("xAI", "xAI API Key", "API key", /^xai-[A-Za-z0-9]{80}$/, GITLEAKS),
  token(
    "LangSmith",
    "LangSmith API Key",
    "API key",
    /^lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}$/,
    "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
  ),
];
