// Unit tests for src/ingest/clean.ts; fixture: the seed article (seed/articles/000_f866d91306c5335d.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, parseDateline } from '../../../src/ingest/clean.ts';

const seed = readFileSync(new URL('../../../seed/articles/000_f866d91306c5335d.txt', import.meta.url), 'utf8');

describe('clean', () => {
  it('returns empty text for blank input', () => {
    expect(clean('   \n\n').text).toBe('');
  });

  it('keeps the title once, drops the dateline, the repeated title and "More news" lines', () => {
    const c = clean(seed);
    expect(c.title).toBe('Lavrov, de Mistura discuss Syrian National Dialogue Congress');
    expect(c.published).toBe('2018-01-28');
    expect(c.text.startsWith(c.title!)).toBe(true);
    expect(c.text.split(c.title!).length).toBe(2);
    expect(c.dropped).toContain('Jan 28, 2018, 00:38');
    expect(c.dropped.filter((d) => d.startsWith('More news:'))).toHaveLength(3);
    expect(c.text).not.toContain('Duterte');
  });

  it('rejoins "two- day" and maps every character back to the input', () => {
    const c = clean(seed);
    expect(c.text).toContain('two-day conference');
    const at = c.text.indexOf('Russian Federation');
    expect(seed.slice(c.origin[at], c.origin[at]! + 18)).toBe('Russian Federation');
  });

  it('normalizes quotes and spaces', () => {
    const c = clean('Title line here\n\n\u201CWe will go,\u201D\u00A0he said.  It   ended.');
    expect(c.text).toBe('Title line here\n"We will go," he said. It ended.');
  });

  it('drops widgets, bylines and agency datelines, keeping the byline as metadata', () => {
    const c = clean(
      'Talks open\n\nBy Jane Doe\n\nGENEVA (Reuters) - The talks opened on Monday.\n\nShare\nPrint\n\nRead more: Other news',
    );
    expect(c.byline).toBe('Jane Doe');
    expect(c.text).toBe('Talks open\nThe talks opened on Monday.');
    expect(c.dropped).toEqual(expect.arrayContaining(['By Jane Doe', 'Share', 'Print', 'Read more: Other news']));
  });

  it('drops a dateline with the outlet\'s initials (syriatimes: "DAMASCUS, (ST)_")', () => {
    const c = clean('Talks open\n\nDAMASCUS, (ST)_ H.E. President Bashar Al-Assad received here today the visitor.');
    expect(c.text).toBe('Talks open\nH.E. President Bashar Al-Assad received here today the visitor.');
    expect(c.dropped).toContain('DAMASCUS, (ST)_');
  });

  it('cuts a photo credit and an embedded tweet signature off the end of a line, listing them as dropped', () => {
    // The EFE caption and the Jerusalem Post's embedded tweet (test/fixtures/news/dev/).
    const c = clean(
      'Talks open\n\nUN envoy Staffan de Mistura prepares for the start of talks on Syria in Vienna on Thursday, Jan. 25. EPA/ALEX HALADA/POOL\n\n' +
        "HNC won't go to Sochi. pic.twitter.com/Ug9pxiW3cX \u2014 Ibrahim al-Assil (@IbrahimAlAssil) January 26, 2018",
    );
    expect(c.text).toBe(
      "Talks open\nUN envoy Staffan de Mistura prepares for the start of talks on Syria in Vienna on Thursday, Jan. 25.\nHNC won't go to Sochi.",
    );
    expect(c.dropped).toEqual(
      expect.arrayContaining([
        'EPA/ALEX HALADA/POOL',
        'pic.twitter.com/Ug9pxiW3cX - Ibrahim al-Assil (@IbrahimAlAssil) January 26, 2018',
      ]),
    );
  });

  it('drops widget and credit lines, and a list of links after its header (made up, of the dev-2 kinds)', () => {
    const c = clean(
      [
        'Talks open',
        'Story Code : 123456',
        'Jane Doe - Monday, 30 October 2017 - 02:37 WIB',
        '41 Views',
        'IRNA Iran sent a delegation to Astana.',
        'The talks aim to build on the truce [Getty]',
        'Read more here:',
        "Syrian rebels 'to attend peace talks'",
        'Could Kazakhstan broker a settlement in Syria?',
        'Rebels said they would attend.',
        'Example News Agency (ENA)',
        'SANA/ENA',
      ].join('\n'),
    );
    expect(c.text).toBe(
      'Talks open\nIran sent a delegation to Astana.\nThe talks aim to build on the truce\nRebels said they would attend.',
    );
    expect(c.published).toBe('2017-10-30');
    expect(c.byline).toBe('Jane Doe');
    expect(c.dropped).toEqual(
      expect.arrayContaining(['[Getty]', 'Read more here:', 'Could Kazakhstan broker a settlement in Syria?']),
    );
  });

  it('drops the credits of wire stories and photo agencies, so no reporter or photographer is read as an actor', () => {
    const credits = [
      'Reuters/Omar Sanadiki',
      '© AFP 2018 / Mikhail Klimentyev',
      'Mikhail Klimentyev/Sputnik/Kremlin via Reuters',
      'Getty Images',
      'Image caption Delegates arrive in Sochi',
      'Additional reporting by Tom Perry in Beirut; Editing by Mark Heinrich',
      'Writing by Tom Perry; editing by Peter Graff',
      'Laila Bassam contributed to this report.',
      'Follow John Smith on Twitter',
      'Last modified on Tue 30 Jan 2018 14.20 GMT',
      'Posted by Admin',
    ];
    const c = clean(['Sochi congress opens', 'Russia hosted the congress in Sochi.', ...credits].join('\n\n'));
    expect(c.text).toBe('Sochi congress opens\nRussia hosted the congress in Sochi.');
    expect(c.dropped).toEqual(credits);
  });

  it('drops an author line and the bio after it, whose outlets are no actors (dev-4 antiwar)', () => {
    const bio =
      'Jane Roe is Senior Editor for the site. Her work has appeared in the Providence Journal and the Detroit Free Press.';
    const c = clean(
      ['Rebels stop talks', 'Jaish al-Islam withdrew from the talks.', 'Author: Jane Roe', bio].join('\n\n'),
    );
    expect(c.text).toBe('Rebels stop talks\nJaish al-Islam withdrew from the talks.');
    expect(c.byline).toBe('Jane Roe');
    expect(c.dropped).toEqual(['Author: Jane Roe', bio]);
  });

  it("cuts a caption's agency credit and keeps report lines that only look like credits", () => {
    const lines = [
      'Lavrov attends the congress. REUTERS/Maxim Shemetov',
      'Turkey sent a delegation, headed by Sedat Onal / deputy minister.',
      'The delegations of Russia/Iran met.',
      'Updated: Turkey will attend the talks on January 30',
    ];
    const c = clean(['Sochi congress opens', ...lines].join('\n\n'));
    expect(c.text.split('\n').slice(1)).toEqual(['Lavrov attends the congress.', ...lines.slice(1)]);
    expect(c.dropped).toEqual(['REUTERS/Maxim Shemetov']);
  });

  it("cuts a caption's credit that names the photographer before the agency", () => {
    const lines = [
      'Delegates arrive for the talks in Vienna. Jane Roe/ EPA',
      'Lavrov leaves the congress hall. John Smith/Reuters',
      'The opposition met in Riyadh. Its statement named Hariri / Reuters reported it.',
    ];
    const c = clean(['Talks open', ...lines].join('\n\n'));
    expect(c.text.split('\n').slice(1)).toEqual([
      'Delegates arrive for the talks in Vienna.',
      'Lavrov leaves the congress hall.',
      lines[2],
    ]);
    expect(c.dropped).toEqual(['Jane Roe/ EPA', 'John Smith/Reuters']);
  });

  it('reads a date after a time ago or with its time after a dash', () => {
    expect(parseDateline('/ 2 hours ago February 15, 2018')).toBe('2018-02-15');
    expect(parseDateline('Monday 30 October 2017 - 09:21')).toBe('2017-10-30');
  });

  it('keeps capitals with a slash inside a sentence ("the UN/OPCW team")', () => {
    const c = clean('Talks open\n\nInspectors of the joint UN/OPCW mission left.');
    expect(c.text).toBe('Talks open\nInspectors of the joint UN/OPCW mission left.');
  });

  it('drops a headline-like line the caller finds unrelated', () => {
    const c = clean('Syria talks\n\nRussia hosts the talks.\n\nWoody Allen denies claim\n\nIran attends.', {
      relevant: (line) => /russia|iran|syria/i.test(line),
    });
    expect(c.dropped).toContain('Woody Allen denies claim');
    expect(c.text).toContain('Iran attends.');
  });
});

describe('parseDateline', () => {
  it('reads the common dateline forms', () => {
    expect(parseDateline('Jan 28, 2018, 00:38')).toBe('2018-01-28');
    expect(parseDateline('28 January 2018')).toBe('2018-01-28');
    expect(parseDateline('Published: February 3, 2018 12:38 PM')).toBe('2018-02-03');
    expect(parseDateline('2018-01-30')).toBe('2018-01-30');
    expect(parseDateline('Russia hosts talks')).toBeNull();
  });
});
