import { createElement, type ReactNode } from "react";

export type Props = Record<string, unknown>;

/** Renders a host node of the headless tree. */
export function h(type: string, props: Props | null, ...children: ReactNode[]): ReactNode {
  return createElement(type, props, ...children);
}

/**
 * Element-valued props Raycast renders (actions, detail, metadata, searchBarAccessory) become children in a named
 * slot, so components inside them run their hooks and may return null, as in Raycast.
 */
export function slot(name: string, content: unknown): ReactNode {
  if (content === undefined || content === null || content === false) return null;
  return createElement("slot", { name }, content as ReactNode);
}

/** Splits element-valued props out of the props that are stored on the host node. */
export function split(props: Props, slotNames: string[]): { rest: Props; slots: ReactNode[] } {
  const rest: Props = {};
  const slots: ReactNode[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "ref") continue;
    if (slotNames.includes(key)) continue;
    rest[key] = value;
  }
  for (const name of slotNames) slots.push(slot(name, props[name]));
  return { rest, slots };
}

type Component = (props: Props) => ReactNode;

/**
 * A component whose static members (List.Item, Action.CopyToClipboard, …) fail loudly when the stand-in does not
 * provide them, instead of rendering `undefined`.
 */
export function component<T extends object>(name: string, render: Component, members: T): Component & T {
  const fn = Object.assign(render, members);
  Object.defineProperty(fn, "displayName", { value: name });
  return new Proxy(fn, {
    get(target, property, receiver) {
      if (typeof property === "string" && !(property in target) && /^[A-Z]/.test(property)) {
        throw new Error(`@raycast/api stand-in: unknown export ${name}.${property}`);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
