/**
 * List window.
 *
 * The arithmetic behind every long list in the panels, kept pure so it is tested without a DOM:
 * which rows of a fixed-height virtual list are on screen (plus a few either side, so a fast
 * scroll does not flash empty rows), and which slice a paged list shows with what its buttons
 * say. A list of 10,000 outlets then costs as many elements as fit in its box.
 */

export interface WindowInput {
  /** Rows in the list. */
  count: number;
  /** Height of one row, in pixels (every row the same). */
  rowHeight: number;
  /** Height of the scrolling box, in pixels. */
  viewportHeight: number;
  scrollTop: number;
  /** Rows drawn beyond each edge of the box. */
  overscan?: number;
}

export interface ListWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last one drawn (exclusive). */
  end: number;
  /** Empty space above the first drawn row and below the last, in pixels. */
  padTop: number;
  padBottom: number;
}

export function listWindow(input: WindowInput): ListWindow {
  const count = Math.max(0, Math.floor(input.count));
  const rowHeight = Math.max(1, input.rowHeight);
  const overscan = Math.max(0, Math.floor(input.overscan ?? 4));
  const visible = Math.ceil(Math.max(0, input.viewportHeight) / rowHeight);
  const maxFirst = Math.max(0, count - visible);
  const first = Math.min(maxFirst, Math.max(0, Math.floor(input.scrollTop / rowHeight)));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

export interface Page {
  offset: number;
  /** Items on this page: `offset` to `end` (exclusive). */
  end: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** "21–40 of 7,412", or "" when everything fits on one page. */
  label: string;
  /** How many items the next page would add. */
  nextCount: number;
}

/** Page `offset` of `pageSize` over `total` items; an offset past the end goes to the last page. */
export function pageAt(total: number, offset: number, pageSize: number): Page {
  const size = Math.max(1, Math.floor(pageSize));
  const count = Math.max(0, Math.floor(total));
  const lastOffset = count === 0 ? 0 : Math.floor((count - 1) / size) * size;
  const start = Math.min(lastOffset, Math.max(0, Math.floor(offset / size) * size));
  const end = Math.min(count, start + size);
  const number = (value: number) => value.toLocaleString('en-US');
  return {
    offset: start,
    end,
    total: count,
    hasPrevious: start > 0,
    hasNext: end < count,
    label: count <= size ? '' : `${number(start + 1)}–${number(end)} of ${number(count)}`,
    nextCount: Math.min(size, count - end),
  };
}

/**
 * The rows of a filtered list with the chosen ones first: a user who unticks an outlet sees it
 * stay at the top whatever the search says, so it is never lost among thousands.
 */
export function pinnedFirst<T>(items: readonly T[], pinned: (item: T) => boolean, matches: (item: T) => boolean): T[] {
  const top: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    if (pinned(item)) top.push(item);
    else if (matches(item)) rest.push(item);
  }
  return [...top, ...rest];
}
