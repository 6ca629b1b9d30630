/**
 * Virtual list.
 *
 * A scrolling box of fixed-height rows that draws only the rows in view (list-window.ts), so a
 * list of thousands of outlets or articles costs a few dozen elements. A row keeps its element
 * while it stays in view: scrolling and `setItems` with the same keys neither rebuild nor move
 * it, so focus and a half-clicked checkbox survive. `refresh` redraws the rows in view (their state
 * changed elsewhere).
 */
import { h } from '../dom.ts';
import { listWindow } from './list-window.ts';

export interface VirtualListOptions<T> {
  rowHeight: number;
  /** Height of the box, in pixels (it shrinks to fit a shorter list). */
  height: number;
  key(item: T): string;
  render(item: T): HTMLElement;
  label: string;
}

export interface VirtualList<T> {
  element: HTMLElement;
  setItems(items: readonly T[]): void;
  refresh(): void;
}

export function virtualList<T>(options: VirtualListOptions<T>): VirtualList<T> {
  const { rowHeight } = options;
  const rows = h('div', { class: 'virtual-rows', role: 'list' });
  const element = h('div', { class: 'virtual-list', 'aria-label': options.label }, rows);
  let items: readonly T[] = [];
  let drawn = new Map<string, HTMLElement>();
  let frame = 0;

  // A box in a hidden tab has no height yet: draw as if it were open.
  const viewportHeight = () => element.clientHeight || Math.min(options.height, items.length * rowHeight);

  const draw = () => {
    frame = 0;
    element.style.height = `${Math.min(options.height, items.length * rowHeight)}px`;
    const window = listWindow({
      count: items.length,
      rowHeight,
      viewportHeight: viewportHeight(),
      scrollTop: element.scrollTop,
    });
    rows.style.paddingTop = `${window.padTop}px`;
    rows.style.paddingBottom = `${window.padBottom}px`;
    const next = new Map<string, HTMLElement>();
    const elements: HTMLElement[] = [];
    for (let index = window.start; index < window.end; index++) {
      const item = items[index]!;
      const key = options.key(item);
      const row = drawn.get(key) ?? options.render(item);
      row.style.height = `${rowHeight}px`;
      row.setAttribute('role', 'listitem');
      next.set(key, row);
      elements.push(row);
    }
    // Rows that stay are not moved, so a focused checkbox keeps its focus while the list scrolls.
    for (const [key, row] of drawn) if (!next.has(key)) row.remove();
    elements.forEach((row, index) => {
      if (rows.children[index] !== row) rows.insertBefore(row, rows.children[index] ?? null);
    });
    drawn = next;
  };

  element.addEventListener('scroll', () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  });

  return {
    element,
    setItems(next) {
      items = next;
      draw();
    },
    refresh() {
      rows.replaceChildren();
      drawn = new Map();
      draw();
    },
  };
}
