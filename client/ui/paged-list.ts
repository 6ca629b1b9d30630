/**
 * Paged list.
 *
 * A list of items of any height shown a page at a time, with "Previous" / "Next N" and where it
 * is ("21–40 of 7,412"): a hub's relationships, the reports of one fact, disagreements. Pages
 * not loaded yet come from `fetch` (the server pages them), and loaded ones are kept, so going
 * back costs nothing. Only the list is redrawn on a page change, never the panel around it.
 */
import { errorText, h, statusBox } from '../dom.ts';
import { pageAt } from './list-window.ts';

export interface PagedListOptions<T> {
  pageSize: number;
  total: number;
  /** The items known so far, from the first. */
  items: readonly T[];
  /** Items from `offset`, at most `limit`, for a page past `items`. */
  fetch?(offset: number, limit: number): Promise<readonly T[]>;
  /** Draws one page (each item, or items grouped). */
  render(items: readonly T[]): HTMLElement | HTMLElement[];
  /** What the items are, for the pager: "reports", "relationships". */
  noun: string;
}

export function pagedList<T>(options: PagedListOptions<T>): HTMLElement {
  const { pageSize, total, noun } = options;
  const items = [...options.items];
  const body = h('div', { class: 'paged-body' });
  const label = h('span', { class: 'pager-label muted' });
  const previous = h('button', { type: 'button', class: 'link pager-previous' }, 'Previous');
  const next = h('button', { type: 'button', class: 'link pager-next' });
  const pager = h(
    'div',
    { class: 'pager', role: 'navigation', 'aria-label': `Pages of ${noun}` },
    previous,
    label,
    next,
  );
  const element = h('div', { class: 'paged-list' }, body, pager);
  let offset = 0;

  const show = async (at: number) => {
    const page = pageAt(total, at, pageSize);
    if (items.length < page.end && options.fetch) {
      previous.disabled = true;
      next.disabled = true;
      try {
        items.push(...(await options.fetch(items.length, page.end - items.length)));
      } catch (error) {
        body.replaceChildren(statusBox('error', errorText(error), { label: 'Retry', run: () => void show(at) }));
        return;
      }
    }
    offset = page.offset;
    body.replaceChildren(...[options.render(items.slice(page.offset, page.end))].flat());
    pager.hidden = page.label === '';
    label.textContent = `${noun} ${page.label}`;
    previous.disabled = !page.hasPrevious;
    next.disabled = !page.hasNext;
    next.textContent = page.hasNext ? `Next ${page.nextCount}` : 'Next';
  };

  previous.addEventListener('click', () => void show(offset - pageSize));
  next.addEventListener('click', () => void show(offset + pageSize));
  void show(0);
  return element;
}
