/**
 * Time window: event-window overlaps, undated facts, "as of", and the play step, on edges
 * shaped like the seed's (preliminary meeting 20 Jan, Vienna 25-26 Jan, congress 29-30 Jan,
 * all first reported in the article of 28 Jan 2018).
 */
import { describe, expect, it } from 'vitest';
import {
  checkTimeWindow,
  emptyTimeWindow,
  histogramBars,
  stepWindow,
  timeVerdict,
  type TimeFields,
} from '../../../client/graph/time-window.ts';

const reported = '2018-01-28';
const preliminary: TimeFields = { firstReported: reported, happened: { start: '2018-01-20', end: '2018-01-20' } };
const vienna: TimeFields = { firstReported: reported, happened: { start: '2018-01-25', end: '2018-01-26' } };
const congress: TimeFields = { firstReported: reported, happened: { start: '2018-01-29', end: '2018-01-30' } };
const undated: TimeFields = { firstReported: reported, happened: null };
const unreported: TimeFields = { firstReported: null, happened: null };

describe('timeVerdict', () => {
  it('refuses bad dates and a window that ends before it starts', () => {
    expect(() => checkTimeWindow({ from: '2018-1-20', to: null, asOf: null })).toThrow(RangeError);
    expect(() => checkTimeWindow({ from: '2018-01-26', to: '2018-01-20', asOf: null })).toThrow(RangeError);
  });

  it('keeps everything without a window', () => {
    for (const edge of [preliminary, congress, undated, unreported])
      expect(timeVerdict(edge, emptyTimeWindow())).toBe('in');
  });

  it('20-26 January keeps the preliminary meeting and Vienna, not the congress', () => {
    const window = { from: '2018-01-20', to: '2018-01-26', asOf: null };
    expect(timeVerdict(preliminary, window)).toBe('in');
    expect(timeVerdict(vienna, window)).toBe('in');
    expect(timeVerdict(congress, window)).toBe('out');
  });

  it('a window from 29 January keeps the congress that ran 29-30 January (overlap, not containment)', () => {
    expect(timeVerdict(congress, { from: '2018-01-30', to: '2018-02-05', asOf: null })).toBe('in');
    expect(timeVerdict(vienna, { from: '2018-01-26', to: '2018-01-26', asOf: null })).toBe('in');
  });

  it('keeps undated facts in a window and marks them undated', () => {
    expect(timeVerdict(undated, { from: '2018-01-20', to: '2018-01-26', asOf: null })).toBe('undated');
  });

  it('as of 27 January drops everything first reported on the 28th, whatever it is about', () => {
    const window = { from: null, to: null, asOf: '2018-01-27' };
    for (const edge of [preliminary, vienna, undated, unreported]) expect(timeVerdict(edge, window)).toBe('out');
    expect(timeVerdict(preliminary, { ...window, asOf: '2018-01-28' })).toBe('in');
  });
});

describe('stepWindow and histogramBars', () => {
  it('moves the window a day at a time, keeping its width, and stops after the last day', () => {
    const first = stepWindow({ from: '2018-01-30', to: '2018-01-31', asOf: null }, '2018-02-01');
    expect(first).toEqual({ from: '2018-01-31', to: '2018-02-01', asOf: null });
    expect(stepWindow(first!, '2018-02-01')).toBeNull();
    expect(stepWindow({ from: null, to: null, asOf: '2018-01-27' }, '2018-01-28')?.asOf).toBe('2018-01-28');
  });

  it('scales bars to the busiest day', () => {
    const days = [
      { date: '2018-01-20', reported: 0, happened: 2 },
      { date: '2018-01-28', reported: 8, happened: 1 },
    ];
    expect(histogramBars(days, 'reported')).toEqual([0, 1]);
    expect(histogramBars(days, 'happened')).toEqual([1, 0.5]);
    expect(histogramBars([], 'reported')).toEqual([]);
  });
});
