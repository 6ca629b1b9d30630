// Unit tests for client/ui/list-window.ts: the rows a virtual list draws, the page a paged list
// shows, and the pinned-first order of the sources filter. A list of 10,000 items must draw only
// what fits in its box, wherever it is scrolled.
import { describe, expect, it } from 'vitest';
import { listWindow, pageAt, pinnedFirst } from '../../../client/ui/list-window.ts';

describe('listWindow', () => {
  it('draws only the rows in the box and a few either side, with padding for the rest', () => {
    const window = listWindow({ count: 10_000, rowHeight: 24, viewportHeight: 240, scrollTop: 2_400, overscan: 3 });
    expect(window).toEqual({ start: 97, end: 113, padTop: 97 * 24, padBottom: (10_000 - 113) * 24 });
    expect(window.padTop + (window.end - window.start) * 24 + window.padBottom).toBe(10_000 * 24);
  });

  it('starts at the top and stops at the last row', () => {
    expect(listWindow({ count: 10_000, rowHeight: 24, viewportHeight: 240, scrollTop: 0, overscan: 3 })).toMatchObject({
      start: 0,
      end: 13,
      padTop: 0,
    });
    const bottom = listWindow({ count: 100, rowHeight: 20, viewportHeight: 200, scrollTop: 99_999, overscan: 2 });
    expect(bottom).toMatchObject({ start: 88, end: 100, padBottom: 0 });
  });

  it('draws every row of a short list and nothing of an empty one', () => {
    expect(listWindow({ count: 5, rowHeight: 24, viewportHeight: 240, scrollTop: 0 })).toEqual({
      start: 0,
      end: 5,
      padTop: 0,
      padBottom: 0,
    });
    expect(listWindow({ count: 0, rowHeight: 24, viewportHeight: 240, scrollTop: 50 })).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0,
    });
  });

  it('draws a bounded number of rows however long the list', () => {
    for (const count of [1_000, 100_000, 1_000_000]) {
      const window = listWindow({ count, rowHeight: 24, viewportHeight: 300, scrollTop: count * 12 });
      expect(window.end - window.start).toBeLessThanOrEqual(13 + 8);
    }
  });
});

describe('pageAt', () => {
  it('says which slice of a hub’s thousands of facts is shown and what the next page adds', () => {
    expect(pageAt(7_412, 20, 20)).toEqual({
      offset: 20,
      end: 40,
      total: 7_412,
      hasPrevious: true,
      hasNext: true,
      label: '21–40 of 7,412',
      nextCount: 20,
    });
    expect(pageAt(7_412, 7_400, 20)).toMatchObject({ offset: 7_400, end: 7_412, hasNext: false, nextCount: 0 });
    expect(pageAt(45, 20, 20).nextCount).toBe(5);
  });

  it('snaps an offset to its page and an offset past the end to the last page', () => {
    expect(pageAt(100, 35, 20)).toMatchObject({ offset: 20, end: 40 });
    expect(pageAt(100, 5_000, 20)).toMatchObject({ offset: 80, end: 100, hasNext: false });
    expect(pageAt(0, 40, 20)).toMatchObject({ offset: 0, end: 0, hasPrevious: false, hasNext: false });
  });

  it('needs no label when everything fits on one page', () => {
    expect(pageAt(20, 0, 20)).toMatchObject({ label: '', hasNext: false, hasPrevious: false });
  });
});

describe('pinnedFirst', () => {
  it('keeps the chosen items on top whatever the search, then the matches in order', () => {
    const outlets = ['Reuters', 'AFP', 'Tehran Times', 'Al Jazeera', 'TASS'];
    const dropped = new Set(['TASS']);
    expect(
      pinnedFirst(
        outlets,
        (name) => dropped.has(name),
        (name) => name.toLowerCase().includes('a'),
      ),
    ).toEqual(['TASS', 'AFP', 'Tehran Times', 'Al Jazeera']);
  });
});
