import { createElement, useLayoutEffect, type ComponentType } from "react";

/**
 * Marks the commit in which a command first shows something, from inside React's commit: a wrapper around the host's
 * `List`, `List.Item`, `List.EmptyView` and `Form` whose layout effect runs when that element is mounted, before any
 * passive effect (where the command starts its refresh) and before the driver could look. The host tree is unchanged:
 * the wrappers render the host components with the same props.
 */

export type PaintKind = "list" | "row" | "empty-view" | "form";

export interface Paint {
  kind: PaintKind;
  at: number;
  /** The element's title, when it has a plain one (for the log: which row came first). */
  title?: string;
}

type Component = ComponentType<Record<string, unknown>>;

function probed(original: unknown, kind: PaintKind, onPaint: (paint: Paint) => void): Component {
  const render = original as Component;
  function Probe(props: Record<string, unknown>) {
    useLayoutEffect(() => {
      const at = performance.now();
      onPaint(typeof props.title === "string" ? { kind, at, title: props.title } : { kind, at });
    });
    return createElement(render, props);
  }
  // Static members (List.Item, Form.TextField, …) stay reachable through the wrapper.
  return Object.assign(Probe, { ...(original as object) });
}

/**
 * A view of the host's `@raycast/api` module whose List and Form report their first commits. Every other export is
 * the host's own.
 */
export function probeRaycastApi(api: Record<string, unknown>, onPaint: (paint: Paint) => void): unknown {
  const list = api.List as Record<string, unknown>;
  const List = Object.assign(probed(list, "list", onPaint), {
    Item: probed(list.Item, "row", onPaint),
    EmptyView: probed(list.EmptyView, "empty-view", onPaint),
  });
  const Form = probed(api.Form, "form", onPaint);
  return new Proxy(api, {
    get(target, property, receiver) {
      if (property === "List") return List;
      if (property === "Form") return Form;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
