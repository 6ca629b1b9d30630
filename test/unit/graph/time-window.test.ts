// Unit: the time rules (as of, event window, undated reports, overlaps), on the seed's own dates.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors.ts';
import { isIsoDay, mayOverlap, parseTimeFilter, reportedBy, windowVerdict } from '../../../src/graph/time-window.ts';

const preliminary = { start: '2018-01-20', end: '2018-01-20' };
const vienna = { start: '2018-01-25', end: '2018-01-26' };
const congress = { start: '2018-01-29', end: '2018-01-30' };

describe('parseTimeFilter', () => {
  it('refuses what is not a calendar day, naming the module and the parameter', () => {
    expect(() => parseTimeFilter('paths', { asOf: '28/01/2018' })).toThrow(ValidationError);
    expect(() => parseTimeFilter('paths', { from: '2018-02-30' })).toThrow(/paths: from/);
    expect(() => parseTimeFilter('paths', { from: '2018-01-30', to: '2018-01-20' })).toThrow(ValidationError);
  });

  it('reads given days and leaves absent ones null', () => {
    expect(parseTimeFilter('graph', { asOf: '2018-01-27' })).toEqual({ asOf: '2018-01-27', from: null, to: null });
    expect(isIsoDay('2016-02-29')).toBe(true);
    expect(isIsoDay('2018-02-29')).toBe(false);
  });
});

describe('reportedBy (as of)', () => {
  it('keeps reports published by the day, drops later and undated ones', () => {
    expect(reportedBy('2018-01-28', '2018-01-28')).toBe(true);
    expect(reportedBy('2018-01-28', '2018-01-27')).toBe(false);
    expect(reportedBy(null, '2018-01-27')).toBe(false);
    expect(reportedBy(null, null)).toBe(true);
  });
});

describe('windowVerdict (event window)', () => {
  it('20-26 January holds the preliminary meeting and the Vienna talks, not the congress', () => {
    expect(windowVerdict(preliminary, '2018-01-20', '2018-01-26')).toBe('inside');
    expect(windowVerdict(vienna, '2018-01-20', '2018-01-26')).toBe('inside');
    expect(windowVerdict(congress, '2018-01-20', '2018-01-26')).toBe('outside');
  });

  it('a window starting on 29 January keeps the congress that ran 29-30 January', () => {
    expect(windowVerdict(congress, '2018-01-30', null)).toBe('inside');
    expect(windowVerdict({ start: '2011-01-01', end: '2018-01-26' }, '2018-01-29', null)).toBe('outside');
  });

  it('keeps undated reports, marked, and keeps everything without a window', () => {
    expect(windowVerdict(null, '2018-01-20', '2018-01-26')).toBe('undated');
    expect(windowVerdict(congress, null, null)).toBe('inside');
  });
});

describe('mayOverlap', () => {
  it('overlapping or unknown times may disagree; disjoint ones cannot', () => {
    expect(mayOverlap(vienna, { start: '2018-01-26', end: '2018-01-27' })).toBe(true);
    expect(mayOverlap(vienna, congress)).toBe(false);
    expect(mayOverlap(null, congress)).toBe(true);
  });
});
