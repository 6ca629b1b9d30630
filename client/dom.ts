/**
 * DOM helpers.
 *
 * `h` builds elements with properties and children; strings become text nodes, so data from the
 * graph is always shown as text, never parsed as HTML. `clear` empties a container and
 * `statusBox` renders the empty/loading/error line every panel uses.
 */

type Child = Node | string | null | undefined | false;
type Props = Record<string, unknown> & { class?: string; dataset?: Record<string, string> };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key in element && !key.includes('-')) (element as unknown as Record<string, unknown>)[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children like `h` does: strings as text, null/false skipped, arrays flattened. */
export function append(element: Element, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export type StatusKind = 'empty' | 'loading' | 'error' | 'info';

export function statusBox(kind: StatusKind, text: string, action?: { label: string; run: () => void }): HTMLElement {
  return h(
    'div',
    { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    h('span', {}, text),
    action ? h('button', { type: 'button', class: 'link', onclick: action.run }, action.label) : null,
  );
}

/** Text or a Blob (an image) as a file download. */
export function download(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'describe' in error && typeof error.describe === 'function') {
    return String(error.describe());
  }
  return error instanceof Error ? error.message : String(error);
}
