import { GITLEAKS, secretlint, token, type TokenShape } from "./token-shape";

/** Clouds, Git hosts and package registries. Each entry names where its format is documented. */

const AWS_IDS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids";
const GITHUB_FORMATS =
  "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/";
const GITLAB_PREFIXES = "https://docs.gitlab.com/security/tokens/#token-prefixes";
/** GitLab's random part, then the suffix of its routable tokens (".01.<crc>"). */
const GITLAB_BODY = String.raw`[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?`;
const gitlab = (prefix: string, title: string, type: string) =>
  token("GitLab", title, type, new RegExp(`^${prefix}-${GITLAB_BODY}$`), GITLAB_PREFIXES);

export const INFRA_SHAPES: readonly TokenShape[] = [
  token("AWS", "AWS Access Key", "Access key ID", /^(?:AKIA|ABIA|ACCA)[A-Z0-9]{16}$/, AWS_IDS),
  token("AWS", "AWS Access Key", "Temporary access key ID", /^ASIA[A-Z0-9]{16}$/, AWS_IDS),
  token(
    "AWS",
    "Amazon Bedrock API Key",
    "Long-term API key",
    /^ABSK[A-Za-z0-9+/]{100,400}={0,2}$/,
    "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
  ),
  token(
    "AWS",
    "Amazon Bedrock API Key",
    "Short-term API key",
    /^bedrock-api-key-[A-Za-z0-9+/]{100,2000}={0,2}$/,
    "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
  ),
  token(
    "Google",
    "Google API Key",
    "API key",
    /^AIza[0-9A-Za-z_-]{35}$/,
    "https://cloud.google.com/docs/authentication/api-keys",
  ),
  token("Google", "Google OAuth Client Secret", "OAuth client secret", /^GOCSPX-[A-Za-z0-9_-]{28}$/, GITLEAKS),
  token(
    "Azure",
    "Azure Storage Connection String",
    "Storage connection string",
    /^DefaultEndpointsProtocol=https?;AccountName=[a-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[A-Za-z0-9.]+)?;?$/,
    "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string",
  ),
  token("Azure", "Azure Client Secret", "Client secret", /^[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}$/, GITLEAKS),
  token("DigitalOcean", "DigitalOcean Token", "Personal access token", /^dop_v1_[a-f0-9]{64}$/, GITLEAKS),
  token("DigitalOcean", "DigitalOcean Token", "OAuth token", /^do[or]_v1_[a-f0-9]{64}$/, GITLEAKS),
  token("Heroku", "Heroku API Key", "API key", /^HRKU-AA[0-9A-Za-z_-]{58}$/, GITLEAKS),
  token("Cloudflare", "Cloudflare Origin CA Key", "Origin CA key", /^v1\.0-[a-f0-9]{24}-[a-f0-9]{146}$/, GITLEAKS),
  token("Vercel", "Vercel Token", "Access token", /^vc[pirak]_[A-Za-z0-9]{20,60}$/, secretlint("vercel")),
  token(
    "Netlify",
    "Netlify Token",
    "Personal access token",
    /^nfp_[A-Za-z0-9]{36}$/,
    "https://docs.netlify.com/api/get-started/",
  ),
  token("Supabase", "Supabase Access Token", "Access token", /^sbp_[a-f0-9]{40}$/, GITLEAKS),
  token(
    "Supabase",
    "Supabase Secret Key",
    "Secret key",
    /^sb_secret_[A-Za-z0-9_-]{20,80}$/,
    "https://supabase.com/docs/guides/api/api-keys",
  ),
  token("Alibaba Cloud", "Alibaba Cloud AccessKey", "AccessKey ID", /^LTAI[A-Za-z0-9]{20}$/, GITLEAKS),

  token("GitHub", "GitHub Token", "Personal access token", /^ghp_[A-Za-z0-9]{36,251}$/, GITHUB_FORMATS),
  token("GitHub", "GitHub Token", "OAuth access token", /^gho_[A-Za-z0-9]{36,251}$/, GITHUB_FORMATS),
  token("GitHub", "GitHub Token", "User access token", /^ghu_[A-Za-z0-9]{36,251}$/, GITHUB_FORMATS),
  token("GitHub", "GitHub Token", "Installation access token", /^ghs_[A-Za-z0-9]{36,251}$/, GITHUB_FORMATS),
  token("GitHub", "GitHub Token", "Refresh token", /^ghr_[A-Za-z0-9]{36,251}$/, GITHUB_FORMATS),
  token(
    "GitHub",
    "GitHub Token",
    "Fine-grained personal access token",
    /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{40,229}$/,
    secretlint("github"),
  ),
  gitlab("glpat", "GitLab Token", "Personal access token"),
  gitlab("gldt", "GitLab Deploy Token", "Deploy token"),
  gitlab("glrt", "GitLab Runner Token", "Runner authentication token"),
  gitlab("glptt", "GitLab Trigger Token", "Pipeline trigger token"),
  gitlab("glcbt", "GitLab Job Token", "CI/CD job token"),
  gitlab("gloas", "GitLab OAuth Secret", "OAuth application secret"),
  gitlab("glft", "GitLab Feed Token", "Feed token"),
  gitlab("glimt", "GitLab Incoming Email Token", "Incoming email token"),
  gitlab("glagent", "GitLab Agent Token", "Agent for Kubernetes token"),
  gitlab("glsoat", "GitLab SCIM Token", "SCIM token"),
  token(
    "Bitbucket",
    "Bitbucket App Password",
    "App password",
    /^ATBB[A-Za-z0-9_=.-]{32,64}$/,
    "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
  ),
  token(
    "Atlassian",
    "Atlassian API Token",
    "API token",
    /^ATATT3[A-Za-z0-9_=-]{150,250}$/,
    "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
  ),

  token("npm", "npm Token", "Access token", /^npm_[A-Za-z0-9]{36}$/, secretlint("npm")),
  token(
    "PyPI",
    "PyPI Token",
    "API token",
    /^pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,400}$/,
    GITLEAKS,
  ),
  token("RubyGems", "RubyGems API Key", "API key", /^rubygems_[a-f0-9]{48}$/, GITLEAKS),
  token(
    "NuGet",
    "NuGet API Key",
    "API key",
    /^oy2[a-z0-9]{43}$/,
    "https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys",
  ),
  token("Docker", "Docker Hub Token", "Personal access token", /^dckr_pat_[A-Za-z0-9_-]{27,80}$/, secretlint("docker")),
  token(
    "Docker",
    "Docker Hub Token",
    "Organization access token",
    /^dckr_oat_[A-Za-z0-9_-]{27,80}$/,
    "https://docs.docker.com/security/for-admins/access-tokens/",
  ),
  token(
    "crates.io",
    "crates.io Token",
    "API token",
    /^cio[A-Za-z0-9]{32}$/,
    "https://github.com/rust-lang/crates.io/blob/main/src/util/token.rs",
  ),
  token("Clojars", "Clojars Token", "Deploy token", /^CLOJARS_[a-z0-9]{60}$/, GITLEAKS),
];
