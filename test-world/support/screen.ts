import type { Screen } from "../host";

/** Short reads of what a screen shows, named for what a test asserts. */

/** The rows' titles, in list order. */
export const itemTitles = (screen: Screen): string[] => screen.items().map((item) => item.title);

/** The rows' titles, sorted: for lists whose order the test does not care about. */
export const sortedItemTitles = (screen: Screen): string[] => itemTitles(screen).sort();

/** The rows as "section/title". */
export const rows = (screen: Screen): string[] => screen.items().map((item) => `${item.section ?? ""}/${item.title}`);

export const sectionTitles = (screen: Screen) => screen.sections().map((section) => section.title);

/** The action panel's titles, in order; the first `count` only when given. */
export const actionTitles = (screen: Screen, count?: number): string[] =>
  screen
    .actions()
    .slice(0, count)
    .map((action) => action.title);

/** A form field by id. */
export const field = (screen: Screen, id: string) => screen.fields().find((candidate) => candidate.id === id);

/** Selects the row with this title in this section, or throws with what the screen shows. */
export async function selectRow(screen: Screen, section: string, title: string): Promise<void> {
  const item = screen.items().find((candidate) => candidate.section === section && candidate.title === title);
  if (!item?.id) throw new Error(`no row ${section}/${title}\n${screen.describe()}`);
  await screen.select(item.id);
}
