import { Action, ActionPanel, Detail, Icon } from "@raycast/api";
import { useCallback, useEffect, useState } from "react";
import { categoryLabel } from "../../lib/category";
import type { ItemSummary } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { getItem } from "../../onepassword/items";
import { showFailure } from "../shared/failure-toast";
import { deliverField, type FieldTarget } from "./deliver";
import { fieldLabel, type ItemShape, shapeOf, titleCase } from "../../domain/item-shape";
import { itemDetailMarkdown } from "./item-markdown";
import { ItemLifeActions, SshKeyActions } from "./ItemLifeActions";
import { OpenInAppAction } from "./OpenInAppAction";
import { SHORTCUTS } from "./shortcuts";
import { RefreshActions } from "../shared/RefreshActions";

/**
 * An item's fields. Concealed ones (passwords, credentials, one-time codes, card numbers, keys) are masked until
 * "Reveal Values"; plain ones (username, URLs, text) show as the 1Password app shows them. The item is fetched live
 * when the view opens; values are held only while the view shows them, never cached.
 */
export function ItemDetail(props: { item: ItemSummary; preferences: Preferences; onUsed?: () => void }) {
  const { item, preferences, onUsed } = props;
  const [shape, setShape] = useState<ItemShape>();
  const [notesLength, setNotesLength] = useState(0);
  const [revealed, setRevealed] = useState<Map<string, string>>();
  const [plain, setPlain] = useState<Map<string, string>>(() => new Map());
  const [isLoading, setIsLoading] = useState(true);
  const ref = { account: item.account, vaultId: item.vaultId, itemId: item.id };

  const load = useCallback(async () => {
    setIsLoading(true);
    try {
      const details = await getItem(ref);
      const nextShape = shapeOf(details);
      const concealed = new Set(nextShape.fields.filter((field) => field.concealed).map((field) => field.id));
      setShape(nextShape);
      setPlain(new Map(details.fields.filter((field) => !concealed.has(field.id)).map((f) => [f.id, f.value])));
      setNotesLength(details.notes.length);
    } catch (error) {
      await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, () => void load());
    } finally {
      setIsLoading(false);
    }
  }, [item.account, item.vaultId, item.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const reveal = async () => {
    setIsLoading(true);
    try {
      const details = await getItem(ref);
      setShape(shapeOf(details));
      setRevealed(new Map(details.fields.map((field) => [field.id, field.otpCode ?? field.value])));
    } catch (error) {
      await showFailure(error, { operation: `Loading "${item.title}"`, account: item.account }, () => void reveal());
    } finally {
      setIsLoading(false);
    }
  };

  const fields = shape?.fields.filter((field) => field.hasValue) ?? [];
  const markdown = itemDetailMarkdown({
    title: item.title,
    rows: fields.map((field) => ({
      label: fieldLabel(field),
      value: field.concealed ? revealed?.get(field.id) : (plain.get(field.id) ?? revealed?.get(field.id)),
    })),
    isLoading,
    hasNotes: notesLength > 0,
  });

  const deliver = (target: FieldTarget) => void deliverField(item, target, "copy", preferences, onUsed);
  const main = shape?.fields.find((field) => field.id === shape.mainSecretId);

  return (
    <Detail
      navigationTitle={item.title}
      isLoading={isLoading}
      markdown={markdown}
      metadata={
        <Detail.Metadata>
          <Detail.Metadata.Label title="Vault" text={item.vaultTitle} icon={Icon.Folder} />
          <Detail.Metadata.Label title="Category" text={categoryLabel(item.category)} />
          {item.websites.map((host) => (
            <Detail.Metadata.Label key={host} title="Website" text={host} />
          ))}
          {item.tags.length > 0 ? (
            <Detail.Metadata.TagList title="Tags">
              {item.tags.map((tag) => (
                <Detail.Metadata.TagList.Item key={tag} text={tag} />
              ))}
            </Detail.Metadata.TagList>
          ) : null}
          {item.archived ? <Detail.Metadata.Label title="State" text="Archived" /> : null}
        </Detail.Metadata>
      }
      actions={
        <ActionPanel>
          <ActionPanel.Section>
            {revealed ? (
              <Action
                title="Hide Values"
                icon={Icon.EyeDisabled}
                shortcut={SHORTCUTS.reveal}
                onAction={() => setRevealed(undefined)}
              />
            ) : (
              <Action
                title="Reveal Values"
                icon={Icon.Eye}
                shortcut={SHORTCUTS.reveal}
                onAction={() => void reveal()}
              />
            )}
            {item.category === "SshKey" ? (
              <SshKeyActions item={item} preferences={preferences} onUsed={onUsed} />
            ) : null}
            {main && item.category !== "SshKey" ? (
              <Action
                title={`Copy ${titleCase(main.noun)}`}
                icon={Icon.Clipboard}
                onAction={() => deliver({ kind: "main" })}
              />
            ) : null}
          </ActionPanel.Section>
          <ActionPanel.Section title="Copy Field">
            {fields
              .filter((field) => field.id !== main?.id)
              .map((field) => (
                <Action
                  key={field.id}
                  title={`Copy ${titleCase(fieldLabel(field))}`}
                  icon={field.concealed ? Icon.Lock : Icon.Text}
                  onAction={() => deliver({ kind: "field", fieldId: field.id })}
                />
              ))}
          </ActionPanel.Section>
          <ActionPanel.Section>
            <OpenInAppAction item={item} />
            <ItemLifeActions item={item} preferences={preferences} />
            <RefreshActions onRefresh={() => void load()} />
          </ActionPanel.Section>
        </ActionPanel>
      }
    />
  );
}
