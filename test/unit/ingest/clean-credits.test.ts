// Unit tests for src/ingest/credits.ts through clean(): staff and picture credits, hand-offs, author
// boxes and glued link markers, each with lines it must keep (real sentences that name people).
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/ingest/clean.ts';

const REPORT = 'The envoy met both delegations in Geneva on Tuesday.';

/** The report's lines after cleaning, without the title line. */
function body(input: string): string[] {
  const c = clean(`Envoy meets delegations in Geneva\n\n${input}`);
  return c.text.split('\n').slice(1);
}

describe('clean: credits', () => {
  it('cuts a staff credit in brackets at the end of a paragraph, and keeps the paragraph', () => {
    const c = clean(
      `Envoy meets delegations in Geneva\n\n${REPORT} (Reporting by Jane Roe in Beirut; editing by John Doe and Mary Major)\n` +
        'The talks resume next week. (Writing By Omar Haddad; Editing by Leila Mansour).\n' +
        'Lavrov met Zarif (editing his remarks later) in Moscow.',
    );
    expect(c.text.split('\n').slice(1)).toEqual([
      REPORT,
      'The talks resume next week.',
      'Lavrov met Zarif (editing his remarks later) in Moscow.',
    ]);
    expect(c.dropped.join(' ')).toContain('John Doe');
  });

  it('cuts a staff credit of a role in square or round brackets', () => {
    expect(
      body(
        `${REPORT} [Staff writer]\nThe opposition will attend. (Jane Roe, Correspondent)\n[With agencies]\nThe delegation (staff and advisers) left Riyadh.`,
      ),
    ).toEqual([REPORT, 'The opposition will attend.', 'The delegation (staff and advisers) left Riyadh.']);
  });

  it('drops a byline with the writer’s role, and keeps a line that names an official and a title', () => {
    for (const byline of [
      "By Jane Roe, The Example Times' Correspondent",
      'Jane Roe, Middle East Correspondent in Beirut',
      'Omar Haddad | Staff Reporter',
    ]) {
      const c = clean(`Envoy meets delegations in Geneva\n\n${byline}\n\n${REPORT}`);
      expect(c.text, byline).toBe(`Envoy meets delegations in Geneva\n${REPORT}`);
      expect(c.byline, byline).not.toBeNull();
    }
    expect(body(`Sergei Lavrov, Foreign Minister\n${REPORT}`)).toEqual(['Sergei Lavrov, Foreign Minister', REPORT]);
  });

  it('cuts picture and video credits after a caption, in several forms', () => {
    expect(
      body(
        'Delegates arrive in Sochi for the congress. Photo: Jane Roe/Example Agency\n' +
          'The envoy speaks to reporters in Geneva. Jane Roe / AFP via Getty Images\n' +
          'The co-chairs meet in Geneva. Video by Omar Haddad\n' +
          'Omar Haddad / AFP via Getty Images\n' +
          'The ministry released a video of the talks. The photo showed Lavrov with Zarif.',
      ),
    ).toEqual([
      'Delegates arrive in Sochi for the congress.',
      'The envoy speaks to reporters in Geneva.',
      'The co-chairs meet in Geneva.',
      'The ministry released a video of the talks. The photo showed Lavrov with Zarif.',
    ]);
  });

  it('drops "Follow X on Twitter" after a sentence or on its own line, and keeps a sentence about a post', () => {
    expect(
      body(
        `${REPORT} Follow Jane Roe on Twitter @janeroe\nFollow @janeroe\nJane Roe on Twitter: @janeroe\n` +
          'The spokesman said on Twitter that the talks would follow the Astana format.',
      ),
    ).toEqual([REPORT, 'The spokesman said on Twitter that the talks would follow the Astana format.']);
  });

  it("drops a broadcaster's hand-off to its own reporter, and keeps sentences where an actor has more to say", () => {
    expect(
      body(
        `${REPORT}\nJane Roe has more.\nOur observer Omar Haddad will tell you about the hopes of the delegates.\n` +
          'Our correspondent Leila Mansour reports from Sochi.\n' +
          'Lavrov has more to say on Idlib.\nThe Syrian Negotiations Commission has more members than before.',
      ),
    ).toEqual([
      REPORT,
      'Lavrov has more to say on Idlib.',
      'The Syrian Negotiations Commission has more members than before.',
    ]);
  });

  it("drops an author box: its first line, the author's name and the bio", () => {
    const c = clean(
      `Envoy meets delegations in Geneva\n\n${REPORT}\n\nAbout the author\nJane Roe\nJane Roe is a journalist who covers the Middle East for Example News.\n` +
        'About the author: Omar Haddad',
    );
    expect(c.text).toBe(`Envoy meets delegations in Geneva\n${REPORT}`);
    expect(c.dropped).toEqual(
      expect.arrayContaining([
        'Jane Roe is a journalist who covers the Middle East for Example News.',
        'About the author: Omar Haddad',
      ]),
    );
  });

  it('ends an author box at a line of the report', () => {
    expect(body(`About the author\nJane Roe\n${REPORT}`)).toEqual([REPORT]);
  });

  it('cuts "external link" and share buttons glued to a word, and keeps the words', () => {
    const c = clean(
      'Envoy meets delegations in Geneva\n\nThe congress tasked the envoy Jane Roeexternal link with forming a committee, endorsed in Resolution 2254external link.\n' +
        'The talks were chaired by Omar HaddadShare\nThe SharePoint site and the Print Ministry stayed open.',
    );
    expect(c.text.split('\n').slice(1)).toEqual([
      'The congress tasked the envoy Jane Roe with forming a committee, endorsed in Resolution 2254.',
      'The talks were chaired by Omar Haddad',
      'The SharePoint site and the Print Ministry stayed open.',
    ]);
    // Every kept character still points at its place in the input.
    expect(c.origin.filter((o) => o >= 0)).toHaveLength(c.text.replace(/\n/g, '').length);
  });

  it('drops a related-story list with its names, teasers cut short by an ellipsis included', () => {
    expect(
      body(
        `${REPORT}\nCheck Also\nLavrov meets Zarif in Moscow\nSince 2014 the ministry has accused Kiev of shelling towns and ...\n` +
          'The delegations will meet again in March.',
      ),
    ).toEqual([REPORT, 'The delegations will meet again in March.']);
  });

  it('drops a first line that shares no word with the report (a teaser or a slogan), and keeps a real title', () => {
    const report = [
      REPORT,
      'The government delegation arrived first and the opposition came later in the afternoon.',
      'Both sides said the next round would deal with the constitution and with the release of detainees.',
    ].join('\n');
    const c = clean(
      `Blast in Aleppo\nGlobal perspective Human stories\nEnvoy meets delegations in Geneva\n\n${report}`,
    );
    expect(c.title).toBe('Envoy meets delegations in Geneva');
    expect(c.text).toBe(`Envoy meets delegations in Geneva\n${report}`);
    expect(c.dropped).toEqual(expect.arrayContaining(['Blast in Aleppo', 'Global perspective Human stories']));
    // Beside a report of one sentence there is too little to compare: the first line stays the title.
    expect(clean(`Talks open\n\n${REPORT}`).title).toBe('Talks open');
  });
});
