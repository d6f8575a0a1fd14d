import { HEX, password, UPPER_ALNUM, username } from "./field-values";
import type { SimField, SimSection } from "./model";
import type { Rng } from "./random";
import type { Service } from "./services";
import { pkcs8PrivateKey } from "./ssh";

/**
 * Realistic item content for a service (services.ts), with field layouts that follow 1Password's conventions
 * (Login: `username`/`password`; ApiCredentials: `username`/`credential`; Database and Server: `hostname`/`url`,
 * `username`, `password`; CreditCard: `ccnum`; SshKey: `private_key`).
 * Every generated value passes through `unique`, so each one can serve as a canary in tests.
 */

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
            value: unique(() => `${service.name.toLowerCase().replace(/\W+/g, "-")}-${rng.chars(HEX, 6)}.db.internal`),
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
            value: unique(() => `ssh://${rng.chars(HEX, 8)}.${service.host}`),
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
      const body = unique(() => rng.chars(`${UPPER_ALNUM}abcdefghijklmnopqrstuvwxyz+/`, 280));
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
              () =>
                `${rng.chars(UPPER_ALNUM, 5)}-${rng.chars(UPPER_ALNUM, 5)}-${rng.chars(UPPER_ALNUM, 5)}-${rng.chars(UPPER_ALNUM, 5)}`,
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
          () => `Recovery codes for ${service.name}: ${rng.chars(HEX, 10)} ${rng.chars(HEX, 10)} ${rng.chars(HEX, 10)}`,
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
