// When a reported fact happened (src/ingest/event-date.ts), from the sentence's dates against the
// article's: made-up sentences of each kind the news reports use. 2018-01-27 was a Saturday.
import { describe, expect, it } from 'vitest';
import { happenedIn } from '../../../src/ingest/event-date.ts';

const day = (iso: string) => ({ start: iso, end: iso });

describe('happenedIn', () => {
  it('gives no date without an article date or a date in the sentence', () => {
    expect(happenedIn('Lavrov met Zarif on January 20.', null)).toBeNull();
    expect(happenedIn('Lavrov met Zarif in Moscow.', '2018-01-27')).toBeNull();
  });

  it('reads a day and a run of days, month first or day first', () => {
    expect(happenedIn('Lavrov met Zarif on January 20.', '2018-01-27')).toEqual(day('2018-01-20'));
    expect(happenedIn('The congress is scheduled for January 29-30 in Sochi.', '2018-01-27')).toEqual({
      start: '2018-01-29',
      end: '2018-01-30',
    });
    expect(happenedIn('The talks opened on 25 January in Vienna.', '2018-01-27')).toEqual(day('2018-01-25'));
  });

  it('puts a month well after the article in the year before', () => {
    expect(happenedIn('The guarantors met on December 21.', '2018-01-27')).toEqual(day('2017-12-21'));
  });

  it('reads "in December 2017" as the whole month', () => {
    expect(happenedIn('Russia, Iran and Turkey met in December 2017 in Astana.', '2018-01-27')).toEqual({
      start: '2017-12-01',
      end: '2017-12-31',
    });
  });

  it('reads a weekday as the one before the article, or after it for what is to come', () => {
    expect(happenedIn('The SNC voted on Friday to boycott the congress.', '2018-01-27')).toEqual(day('2018-01-26'));
    expect(happenedIn('The congress will open on Monday in Sochi.', '2018-01-27')).toEqual(day('2018-01-29'));
  });

  it('passes over the date of the saying and keeps the date of the fact', () => {
    expect(
      happenedIn(
        'Spokesman Yahya al-Aridi on January 27 said the government and its ally Russia gave no guarantees.',
        '2018-01-27',
      ),
    ).toBeNull();
    expect(happenedIn('Hariri told reporters on Saturday that the SNC will not attend.', '2018-01-27')).toBeNull();
    expect(
      happenedIn('Lavrov said on Friday that the congress will open in Sochi on January 29.', '2018-01-27'),
    ).toEqual(day('2018-01-29'));
  });
});
