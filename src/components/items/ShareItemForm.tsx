import { Action, ActionPanel, Form, Icon, showToast, Toast, useNavigation } from "@raycast/api";
import { useCallback, useEffect, useState } from "react";
import { copySecret } from "../../clipboard/secure-clipboard";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { checkRecipients, recipientWords } from "../../lib/share-recipients";
import { toOnePasswordError, type OnePasswordError } from "../../onepassword/errors";
import {
  allowedDurations,
  createShareLink,
  getSharePolicy,
  validateShareRecipients,
  type ShareDuration,
  type SharePolicy,
} from "../../onepassword/item-shares";
import { showFailure } from "../shared/failure-toast";
import { useSubmitGuard } from "../shared/useSubmitGuard";
import { quoted } from "../../domain/vault-words";
import { DURATION_WORDS } from "../../domain/share-words";
import { FormWithSubmit } from "../shared/FormWithSubmit";

type Audience = "anyone" | "specific";

/**
 * Share Item: a link to the item as 1Password shares it, offering only what the account's policy allows (expiry up
 * to its maximum, the default chosen; anyone with the link or specific people; one view per person). The link opens
 * the item, so it is a secret: copied concealed and cleared like one, never shown.
 */
export function ShareItemForm(props: { item: ItemSummary; preferences: Preferences }) {
  const { item, preferences } = props;
  const { pop } = useNavigation();
  const ref = { account: item.account, vaultId: item.vaultId, itemId: item.id };
  const [policy, setPolicy] = useState<SharePolicy>();
  const [problem, setProblem] = useState<OnePasswordError>();
  const [loading, setLoading] = useState(true);
  const [expiry, setExpiry] = useState<ShareDuration>("SevenDays");
  const [audience, setAudience] = useState<Audience>("anyone");
  const [recipients, setRecipients] = useState("");
  const [recipientsError, setRecipientsError] = useState<string>();
  const [oneTime, setOneTime] = useState(false);
  const { isLoading: submitting, guard, running } = useSubmitGuard();

  const load = useCallback(async () => {
    setLoading(true);
    setProblem(undefined);
    try {
      const loaded = await getSharePolicy(ref, item.vaultTitle);
      setPolicy(loaded);
      setExpiry(loaded.defaultExpiry);
      setAudience(loaded.allowsPublic ? "anyone" : "specific");
      setOneTime(loaded.maxViews === 1);
    } catch (error) {
      const mapped = toOnePasswordError(error, { operation: "Reading the sharing policy", account: item.account });
      setProblem(mapped);
      await showFailure(mapped, mapped.context, () => void load());
    } finally {
      setLoading(false);
    }
  }, [item.account, item.vaultId, item.id]);

  useEffect(() => {
    void load();
  }, [load]);

  async function submit(): Promise<void> {
    if (!policy || running()) return;
    let named: string[] = [];
    if (audience === "specific") {
      const check = checkRecipients(recipients, policy);
      if (!check.ok) return setRecipientsError(check.error);
      named = check.recipients;
    }
    await guard(() => share(policy, named));
  }

  /**
   * Not the mutation runner: the result is a secret (the link), delivered by copySecret with its own toast, and a
   * refused recipient is a field error with no retry; the runner would carry the link and hide the copy's toast.
   */
  async function share(policy: SharePolicy, named: string[]): Promise<void> {
    try {
      await showToast({ style: Toast.Style.Animated, title: `Creating a share link for ${quoted(item.title)}…` });
      let valid: Awaited<ReturnType<typeof validateShareRecipients>> = [];
      if (named.length > 0) {
        try {
          valid = await validateShareRecipients(item.account, policy, named);
        } catch (error) {
          setRecipientsError(`1Password did not accept these ${recipientWords(policy)}: check each one.`);
          await showFailure(error, { operation: "Checking the recipients", account: item.account });
          return;
        }
      }
      const link = await createShareLink(ref, item.vaultTitle, policy, {
        expireAfter: expiry,
        recipients: valid,
        oneTimeOnly: oneTime || policy.maxViews === 1,
      });
      await copySecret(link, "share link", {
        clearAfterSeconds: preferences.clearAfterSeconds,
        closeWindowAfterCopy: preferences.closeWindowAfterCopy,
        kind: "a share link",
      });
      pop();
    } catch (error) {
      await showFailure(error, { operation: "Creating the share link", account: item.account }, () => void submit());
    }
  }

  if (!policy || (!policy.allowsPublic && !policy.allowsSpecific)) {
    const words = problem
      ? `${problem.title}. ${problem.hint}`
      : policy
        ? "Your account's policy allows no kind of share link. Ask your 1Password administrator."
        : "Reading your account's sharing policy…";
    return (
      <Form
        navigationTitle={`Share ${item.title}`}
        isLoading={loading}
        actions={
          <ActionPanel>
            <Action title="Try Again" icon={Icon.ArrowClockwise} onAction={() => void load()} />
          </ActionPanel>
        }
      >
        <Form.Description title="Share Item" text={words} />
      </Form>
    );
  }

  return (
    <FormWithSubmit
      navigationTitle={`Share ${item.title}`}
      isLoading={loading || submitting}
      submitTitle="Create and Copy Link"
      submitIcon={Icon.Link}
      onSubmit={() => void submit()}
    >
      <Form.Description
        title="Item"
        text={`${quoted(item.title)} in ${quoted(item.vaultTitle)}. The link is copied concealed and cleared like a secret: whoever has it can open the item.`}
      />
      <Form.Dropdown
        id="expiry"
        title="Link Expires After"
        value={expiry}
        onChange={(value) => setExpiry(value as ShareDuration)}
      >
        {allowedDurations(policy).map((duration) => (
          <Form.Dropdown.Item key={duration} value={duration} title={DURATION_WORDS[duration]} />
        ))}
      </Form.Dropdown>
      <Form.Dropdown
        id="audience"
        title="Who Can Open It"
        value={audience}
        onChange={(value) => setAudience(value as Audience)}
      >
        {policy.allowsPublic ? <Form.Dropdown.Item value="anyone" title="Anyone with the link" /> : null}
        {policy.allowsSpecific ? <Form.Dropdown.Item value="specific" title="Only specific people" /> : null}
      </Form.Dropdown>
      {audience === "specific" ? (
        <Form.TextArea
          id="recipients"
          title="Recipients"
          placeholder={`${recipientWords(policy)}, separated by commas`}
          info={`Your account's policy allows ${recipientWords(policy)}.`}
          value={recipients}
          error={recipientsError}
          onChange={(value) => {
            setRecipients(value);
            if (recipientsError) setRecipientsError(undefined);
          }}
        />
      ) : null}
      {policy.maxViews === 1 ? (
        <Form.Description title="Views" text="Your account's policy allows one view per person." />
      ) : (
        <Form.Checkbox id="oneTime" label="Only one view per person" value={oneTime} onChange={setOneTime} />
      )}
    </FormWithSubmit>
  );
}
