/**
 * Safe DOM building. Every piece of text goes in through `textContent`, never as HTML, so nothing
 * from a URL, a lab file or user code can become markup or script.
 */

/** Attributes and properties accepted by {@link h}. */
export type Props = {
  class?: string;
  id?: string;
  for?: string;
  type?: string;
  value?: string;
  title?: string;
  role?: string;
  disabled?: boolean;
  hidden?: boolean;
  [attr: `data-${string}`]: string;
  [attr: `aria-${string}`]: string;
} & Record<string, string | number | boolean | undefined>;

/** A child: an element, or text (numbers are shown as text). */
export type Child = Node | string | number | null | undefined | false;

/** Create an element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === 'disabled' || key === 'hidden') {
      (node as unknown as Record<string, boolean>)[key] = Boolean(value);
    } else if (key === 'value' && 'value' in node) {
      (node as unknown as { value: string }).value = String(value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

/** Append children to a node; strings and numbers become text nodes. */
export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace all children of a node. */
export function replaceChildren(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, ...children);
}
