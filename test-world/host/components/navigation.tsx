import { createContext, createElement, useContext, useReducer, useRef, type ReactNode } from "react";
import { newViewState, type ViewState } from "../view-state";

export interface Navigation {
  push: (component: ReactNode, onPop?: () => void) => void;
  pop: () => void;
}

export interface NavigationEntry {
  view: ViewState;
  element: ReactNode;
  onPop?: () => void;
}

/** What the driver uses to act like Escape and popToRoot. */
export interface NavigationController extends Navigation {
  entries(): NavigationEntry[];
  /** Pops the top view; false at the root. */
  tryPop(): boolean;
  popToRoot(): void;
}

const NavigationContext = createContext<Navigation | null>(null);
export const ViewContext = createContext<ViewState | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("@raycast/api stand-in: useNavigation() used outside a command's view");
  return navigation;
}

/**
 * Raycast's navigation stack. Every view stays mounted (state survives a pop), only the top one is shown.
 * Pushed views are siblings of the root view, so React context from the command does not reach them, as in Raycast.
 */
export function NavigationRoot(props: {
  initial: ReactNode;
  onController: (controller: NavigationController) => void;
}) {
  const entries = useRef<NavigationEntry[] | null>(null);
  entries.current ??= [{ view: newViewState(), element: props.initial }];
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const controller = useRef<NavigationController | null>(null);
  if (!controller.current) {
    const stack = () => entries.current ?? [];
    const tryPop = () => {
      const current = stack();
      const top = current[current.length - 1];
      if (current.length <= 1 || !top) return false;
      entries.current = current.slice(0, -1);
      rerender();
      top.onPop?.();
      return true;
    };
    controller.current = {
      entries: stack,
      push(element, onPop) {
        const entry: NavigationEntry = { view: newViewState(), element };
        if (onPop) entry.onPop = onPop;
        entries.current = [...stack(), entry];
        rerender();
      },
      pop() {
        tryPop();
      },
      tryPop,
      popToRoot() {
        while (tryPop()) {
          // each pop runs its onPop callback, top first
        }
      },
    };
  }
  props.onController(controller.current);
  const navigation = controller.current;
  return (entries.current ?? []).map((entry) =>
    createElement(
      "View",
      { key: entry.view.id, viewState: entry.view },
      createElement(
        ViewContext.Provider,
        { value: entry.view },
        createElement(NavigationContext.Provider, { value: navigation }, entry.element),
      ),
    ),
  );
}
