import { Action, ActionPanel, Alert, confirmAlert, Icon, List, useNavigation } from "@raycast/api";
import { useCallback, useMemo, useState } from "react";
import {
  type EnvironmentLoad,
  environmentKey,
  type ListedVariable,
  useEnvironments,
} from "../../hooks/useEnvironments";
import { useSelection } from "../../hooks/useSelection";
import { usePendingEnvironments } from "../../hooks/usePendingEnvironments";
import type { RegisteredEnvironment } from "../../lib/model";
import type { Preferences } from "../../lib/preferences";
import { moveEnvironment, removeEnvironment } from "../../onepassword/registered-environments";
import { plural } from "../shared/batch-toast";
import { runMutation } from "../shared/mutation";
import { AddEnvironmentForm, WHERE_TO_FIND_THE_ID } from "./AddEnvironmentForm";
import { copySelectedAsDotenv } from "./environment-clipboard";
import type { EnvironmentScreen } from "./EnvironmentActions";
import { RenameEnvironmentForm } from "./RenameEnvironmentForm";
import { SHORTCUTS } from "./shortcuts";
import { type EnvironmentStatus, StatusItem } from "./StatusItem";
import { VariableItem } from "./VariableItem";
import { matchesWords, queryWords } from "./variable-filter";
import { RefreshActions } from "../shared/RefreshActions";

const ALL = "all";

interface Row {
  rowId: string;
  variable: ListedVariable;
}

interface SectionModel {
  environment: RegisteredEnvironment;
  key: string;
  /** Every variable's row, unfiltered (select all, the selection's lookup). */
  rows: Row[];
  load: EnvironmentLoad | undefined;
}

/** Row ids are stable across refreshes: the Environment and the name (a repeated name gets a suffix). */
function rowsOf(key: string, variables: readonly ListedVariable[]): Row[] {
  const seen = new Map<string, number>();
  return variables.map((variable) => {
    const count = (seen.get(variable.name) ?? 0) + 1;
    seen.set(variable.name, count);
    return { rowId: `${key}/${variable.name}${count > 1 ? `#${count}` : ""}`, variable };
  });
}

function statusOf(load: EnvironmentLoad | undefined): EnvironmentStatus | undefined {
  if (load?.error) return { kind: "failed", error: load.error };
  if (!load?.variables) return { kind: "loading" };
  if (load.variables.length === 0) return load.isLoading ? { kind: "loading" } : { kind: "empty" };
  return undefined;
}

/** The registered Environments with their variables, searched by variable name and label across all of them. */
export function EnvironmentList(props: { preferences: Preferences }) {
  const { preferences } = props;
  const state = useEnvironments();
  const selection = useSelection();
  const { push } = useNavigation();
  const [query, setQuery] = useState("");
  const [scope, setScope] = useState(ALL);
  const { loads, reloadList, refresh, revalidate } = state;
  // A rename, move or remove shows at once and is undone if it cannot be saved.
  const { shown: environments, showWhileRunning } = usePendingEnvironments(state.environments);
  const multiAccount = preferences.accounts.length > 1;

  const sections = useMemo<SectionModel[]>(
    () =>
      (environments ?? []).map((environment) => {
        const key = environmentKey(environment);
        const load = loads.get(key);
        return { environment, key, load, rows: rowsOf(key, load?.variables ?? []) };
      }),
    [environments, loads],
  );

  const openAddForm = useCallback(() => {
    push(<AddEnvironmentForm accounts={preferences.accounts} onAdded={() => void reloadList()} />);
  }, [push, preferences.accounts, reloadList]);

  const selectedCount = sections.reduce(
    (count, section) => count + section.rows.filter((row) => selection.isSelected(row.rowId)).length,
    0,
  );

  const screen: EnvironmentScreen = {
    preferences,
    environments: environments ?? [],
    selection,
    selectedCount,
    openAddForm,
    openRenameForm: (environment) =>
      push(
        <RenameEnvironmentForm
          environment={environment}
          onRenamed={reloadList}
          showWhileRunning={(label) => showWhileRunning({ kind: "rename", key: environmentKey(environment), label })}
        />,
      ),
    remove: async (environment) => {
      const confirmed = await confirmAlert({
        title: `Remove ${environment.label}?`,
        message: "It leaves this list only: the Environment and its variables stay in 1Password.",
        icon: Icon.Trash,
        primaryAction: { title: "Remove", style: Alert.ActionStyle.Destructive },
      });
      if (!confirmed) return;
      await runMutation({
        // The list is read again inside the call: a failed read is reported like a failed remove.
        call: async () => {
          await removeEnvironment(environment);
          await reloadList();
        },
        context: { operation: "Removing Environment", account: environment.account },
        optimistic: showWhileRunning({ kind: "remove", key: environmentKey(environment) }),
        success: () => ({ title: `Removed ${environment.label}` }),
      });
    },
    move: async (environment, direction) => {
      await runMutation({
        call: async () => {
          await moveEnvironment(environment, direction);
          await reloadList();
        },
        context: { operation: "Moving Environment", account: environment.account },
        optimistic: showWhileRunning({ kind: "move", key: environmentKey(environment), direction }),
      });
    },
    revalidate: () => void revalidate(),
    copySelected: async () => {
      const picks = sections
        .map((section) => ({
          environment: section.environment,
          names: new Set(section.rows.filter((row) => selection.isSelected(row.rowId)).map((row) => row.variable.name)),
        }))
        .filter((pick) => pick.names.size > 0);
      await copySelectedAsDotenv(picks, preferences);
    },
  };

  const inScope = sections.some((section) => section.key === scope)
    ? sections.filter((section) => section.key === scope)
    : sections;
  const words = queryWords(query);
  // Retrying one failed Environment retries all failed ones: they usually share a cause (a lock, an expired session).
  const retryFailed = () => refresh(sections.filter((section) => section.load?.error).map((section) => section.key));

  const rendered = inScope.map((section) => {
    const { environment, key, load, rows } = section;
    const status = statusOf(load);
    const environmentRowIds = rows.map((row) => row.rowId);
    const visibleRows = rows.filter((row) => matchesWords(words, row.variable.name, environment.label));
    const showStatus = status !== undefined && matchesWords(words, environment.label);
    if (visibleRows.length === 0 && !showStatus) return null;
    const count = load?.variables ? plural(load.variables.length, "variable") : undefined;
    const subtitle = [count, multiAccount ? environment.account : undefined].filter(Boolean).join(" · ");
    return (
      <List.Section key={key} title={environment.label} subtitle={subtitle || undefined}>
        {status ? (
          <StatusItem screen={screen} environment={environment} status={status} onRetry={retryFailed} />
        ) : (
          visibleRows.map((row) => (
            <VariableItem
              key={row.rowId}
              screen={screen}
              environment={environment}
              variable={row.variable}
              rowId={row.rowId}
              environmentRowIds={environmentRowIds}
            />
          ))
        )}
      </List.Section>
    );
  });

  const addAction = <Action title="Add Environment" icon={Icon.Plus} shortcut={SHORTCUTS.add} onAction={openAddForm} />;
  const registered = environments !== undefined && environments.length > 0;

  return (
    <List
      filtering={false}
      onSearchTextChange={setQuery}
      isLoading={state.isLoading}
      searchBarPlaceholder="Search variables and Environments"
      navigationTitle={selectedCount > 0 ? `Search Environments · ${selectedCount} Selected` : undefined}
      searchBarAccessory={
        registered ? (
          <List.Dropdown tooltip="Environment" id="environment" storeValue onChange={setScope}>
            <List.Dropdown.Item title="All Environments" value={ALL} />
            <List.Dropdown.Section>
              {(environments ?? []).map((environment) => (
                <List.Dropdown.Item
                  key={environmentKey(environment)}
                  value={environmentKey(environment)}
                  title={multiAccount ? `${environment.label} (${environment.account})` : environment.label}
                />
              ))}
            </List.Dropdown.Section>
          </List.Dropdown>
        ) : undefined
      }
    >
      {environments !== undefined && !registered ? (
        <List.EmptyView
          icon={Icon.Key}
          title="Add Your First Environment"
          description={`The 1Password SDK cannot list Environments, so add the ones you use once. ${WHERE_TO_FIND_THE_ID} Press ↵ to add it.`}
          actions={<ActionPanel>{addAction}</ActionPanel>}
        />
      ) : registered && !state.isLoading ? (
        <List.EmptyView
          icon={Icon.MagnifyingGlass}
          title="No Matching Variables"
          description={`No variable or Environment matches “${query}”.`}
          actions={
            <ActionPanel>
              {addAction}
              <RefreshActions onRefresh={screen.revalidate} />
            </ActionPanel>
          }
        />
      ) : null}
      {rendered}
    </List>
  );
}
