import { Form } from "@raycast/api";
import { CATEGORY_LABELS } from "../../lib/category";
import type { SaveCategory } from "../../onepassword/new-item";
import type { FormErrors, FormState } from "./useSaveItem";
import { targetKey, type SaveTargets } from "./useSaveTargets";

const CATEGORIES: readonly SaveCategory[] = ["ApiCredentials", "Login", "Password", "SshKey", "SecureNote"];

export interface SaveItemFieldsProps {
  state: FormState;
  errors: FormErrors;
  targets: SaveTargets;
  multipleAccounts: boolean;
  /** Where the value came from, in words, when it came from the clipboard. */
  takenFrom?: string;
  secretTitle: string;
  onChange: (change: Partial<FormState>) => void;
  onBlur: (field: "title" | "secret") => void;
}

/** The fields of Save Item for the chosen category. The secret is a password field: masked, never stored. */
export function SaveItemFields(props: SaveItemFieldsProps) {
  const { state, errors, targets, onChange } = props;
  const { category } = state;
  const byAccount = new Map<string, typeof targets.vaults>();
  for (const vault of targets.vaults) byAccount.set(vault.account, [...(byAccount.get(vault.account) ?? []), vault]);
  const noVaults = !targets.isLoading && targets.vaults.length === 0;
  const textField = (id: "username" | "credentialType" | "website" | "tags", title: string, placeholder: string) => (
    <Form.TextField
      id={id}
      title={title}
      placeholder={placeholder}
      value={state[id]}
      onChange={(value) => onChange({ [id]: value })}
    />
  );

  return (
    <>
      {props.takenFrom ? <Form.Description text={props.takenFrom} /> : null}
      <Form.TextField
        id="title"
        title="Title"
        placeholder="GitHub Token"
        value={state.title}
        error={errors.title}
        onChange={(title) => onChange({ title })}
        onBlur={() => props.onBlur("title")}
      />
      {category === "SecureNote" ? null : (
        <Form.PasswordField
          id="secret"
          title={props.secretTitle}
          placeholder={
            category === "ApiCredentials"
              ? "Paste the token"
              : category === "SshKey"
                ? "Paste the private key"
                : "Type, paste or generate (⌘G)"
          }
          value={state.secret}
          error={errors.secret}
          onChange={(secret) => onChange({ secret })}
          onBlur={() => props.onBlur("secret")}
        />
      )}
      <Form.Dropdown
        id="category"
        title="Category"
        value={category}
        onChange={(value) => onChange({ category: value as SaveCategory })}
      >
        {CATEGORIES.map((value) => (
          <Form.Dropdown.Item key={value} value={value} title={CATEGORY_LABELS[value]} />
        ))}
      </Form.Dropdown>
      <Form.Dropdown
        id="vault"
        title="Vault"
        value={state.vaultKey}
        error={errors.vault ?? (noVaults ? "No vault you can add items to was found." : undefined)}
        onChange={(vaultKey) => onChange({ vaultKey })}
      >
        {[...byAccount].map(([account, vaults]) => {
          const items = vaults.map((vault) => (
            <Form.Dropdown.Item key={targetKey(vault)} value={targetKey(vault)} title={vault.title} />
          ));
          return props.multipleAccounts ? (
            <Form.Dropdown.Section key={account} title={account}>
              {items}
            </Form.Dropdown.Section>
          ) : (
            items
          );
        })}
      </Form.Dropdown>
      {category === "ApiCredentials" || category === "Login" ? textField("username", "Username", "Optional") : null}
      {category === "ApiCredentials" ? textField("credentialType", "Type", "Personal access token") : null}
      {category === "Login" ? textField("website", "Website", "https://example.com") : null}
      {textField("tags", "Tags", "Separated by commas")}
      <Form.TextArea
        id="notes"
        title={category === "SecureNote" ? "Note" : "Notes"}
        placeholder={category === "SecureNote" ? "What to keep safe" : "Optional"}
        value={state.notes}
        error={errors.notes}
        onChange={(notes) => onChange({ notes })}
      />
    </>
  );
}
