/**
 * Time slider state: the slider's days from GET /api/timeline on the seed (its answer copied
 * below: events since 2011, reports on 28 Jan 2018), the window set by handles, the "as of"
 * switch, the URL round trip, and play stepping a day at a time.
 */
import { describe, expect, it } from 'vitest';
import {
  dayCounts,
  emptyTimeState,
  fromTimeUrl,
  playStart,
  playStep,
  setWindow,
  SLIDER_DAYS,
  sliderDays,
  toTimeUrl,
  toTimeWindow,
  windowIndexes,
  type TimeState,
} from '../../../client/panels/timeline/time-state.ts';

const seedTimeline = [
  { date: '2011-01-01', reported: 0, happened: 2 },
  { date: '2017-11-28', reported: 0, happened: 1 },
  { date: '2018-01-20', reported: 0, happened: 2 },
  { date: '2018-01-25', reported: 0, happened: 6 },
  { date: '2018-01-28', reported: 38, happened: 0 },
  { date: '2018-01-29', reported: 0, happened: 4 },
];

describe('time state', () => {
  it('refuses malformed URL values', () => {
    expect(() => fromTimeUrl({ asOf: '27 January', window: null })).toThrow(RangeError);
    expect(() => fromTimeUrl({ asOf: null, window: '2018-01-26..2018-01-20' })).toThrow(RangeError);
    expect(() => fromTimeUrl({ asOf: null, window: '2018-01-20' })).toThrow(RangeError);
  });

  it('spans at most SLIDER_DAYS days without gaps, older days counted on its open first day', () => {
    const days = sliderDays(seedTimeline);
    expect(days).toHaveLength(SLIDER_DAYS);
    expect(days.at(-1)).toBe('2018-01-29');
    expect(days).toContain('2018-01-21');
    const counts = dayCounts(seedTimeline, days);
    expect(counts[0]!.happened).toBe(3);
    expect(counts.find((day) => day.date === '2018-01-28')!.reported).toBe(38);
    expect(sliderDays([])).toEqual([]);
  });

  it('handles set the event window; a handle at an end leaves that side open', () => {
    const days = sliderDays(seedTimeline);
    const week = setWindow(emptyTimeState(), days, days.indexOf('2018-01-26'), days.indexOf('2018-01-20'));
    expect(toTimeWindow(week)).toEqual({ from: '2018-01-20', to: '2018-01-26', asOf: null });
    expect(toTimeWindow(setWindow(week, days, 0, days.length - 1))).toEqual({ from: null, to: null, asOf: null });
    expect(windowIndexes(week, days)).toEqual([days.indexOf('2018-01-20'), days.indexOf('2018-01-26')]);
  });

  it('"as of" uses only the window end, never an event window', () => {
    const asOf: TimeState = { mode: 'asOf', from: '2018-01-20', to: '2018-01-27' };
    expect(toTimeWindow(asOf)).toEqual({ from: null, to: null, asOf: '2018-01-27' });
    expect(toTimeUrl(asOf)).toEqual({ asOf: '2018-01-27', window: null });
  });

  it('round-trips through the URL', () => {
    const week: TimeState = { mode: 'event', from: '2018-01-20', to: '2018-01-26' };
    expect(toTimeUrl(week)).toEqual({ asOf: null, window: '2018-01-20..2018-01-26' });
    expect(fromTimeUrl(toTimeUrl(week))).toEqual(week);
    const open: TimeState = { mode: 'event', from: null, to: '2018-01-26' };
    expect(fromTimeUrl(toTimeUrl(open))).toEqual(open);
    expect(fromTimeUrl({ asOf: '2018-01-27', window: null })).toEqual({ mode: 'asOf', from: null, to: '2018-01-27' });
    expect(toTimeUrl(emptyTimeState())).toEqual({ asOf: null, window: null });
  });

  it('play moves the window a day at a time and stops at the last day', () => {
    const days = sliderDays(seedTimeline);
    const week: TimeState = { mode: 'event', from: '2018-01-20', to: '2018-01-26' };
    expect(playStep(week, days)).toEqual({ mode: 'event', from: '2018-01-21', to: '2018-01-27' });
    expect(playStep({ mode: 'event', from: '2018-01-23', to: '2018-01-29' }, days)).toBeNull();
    expect(playStep({ mode: 'asOf', from: null, to: '2018-01-27' }, days)).toEqual({
      mode: 'asOf',
      from: null,
      to: '2018-01-28',
    });
    // From the full span, play starts with a week at the first day.
    const start = playStart(emptyTimeState(), days);
    expect(start).toEqual({ mode: 'event', from: days[0], to: days[6] });
  });
});
