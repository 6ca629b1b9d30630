// Unit tests for src/ingest/clean.ts: page furniture of the kinds seen on real news pages
// (test/fixtures/news/boilerplate/), in lines written for these tests.
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/ingest/clean.ts';

const REPORT = 'The envoy met both delegations in Geneva on Tuesday.';

/** The report's lines after cleaning, without the title line. */
function body(input: string): string[] {
  const c = clean(`Envoy meets delegations\n\n${input}`);
  return c.text.split('\n').slice(1);
}

describe('clean: page furniture', () => {
  it('drops a toolbar of widget words, and keeps a sentence that names a network', () => {
    const lines = body(
      `Email this Printer-Friendly Version Translate Share Article Font Size\n  \u2022 Share on WhatsApp\nShares\n${REPORT}\nThe ministry said on Twitter that the talks would go on.`,
    );
    expect(lines).toEqual([REPORT, 'The ministry said on Twitter that the talks would go on.']);
  });

  it('drops a comment section and every line after it, once the report has begun', () => {
    const c = clean(
      `Envoy meets delegations\n\nComments\n\n${REPORT}\n\nLeave a Reply\nYou are commenting using your Facebook account. Log Out / Change )\n` +
        'Omar Haddad: the Kremlin decides everything here.\nView Comments',
    );
    expect(c.text).toBe(`Envoy meets delegations\n${REPORT}`);
    expect(c.dropped).toEqual(
      expect.arrayContaining(['Leave a Reply', 'Omar Haddad: the Kremlin decides everything here.', 'View Comments']),
    );
  });

  it('drops time stamps of any shape, and keeps a sentence with a date', () => {
    const lines = body(
      'Tuesday 1439/5/12 - 2018/01/30\n09:15 LOCAL TIME 06:15 GMT\nLast Update 11:05\n\u00BB 01/30/2018, 09.15\n' +
        'The talks began on 30 January 2018 in Geneva.',
    );
    expect(lines).toEqual(['The talks began on 30 January 2018 in Geneva.']);
  });

  it("keeps the author's name before a time stamp as the byline", () => {
    const c = clean(
      `Envoy meets delegations\n\nLeila Mansour 5 minutes ago Tue 30th January 2018 | 09:12 AM\n\n${REPORT}`,
    );
    expect(c.byline).toBe('Leila Mansour');
    expect(c.text).toBe(`Envoy meets delegations\n${REPORT}`);
    expect(clean(`Envoy meets delegations\n\nKarim Saleh , Tuesday 30 Jan 2018\n\n${REPORT}`).byline).toBe(
      'Karim Saleh',
    );
  });

  it('cuts an author, time stamp and id glued before the dateline of the first paragraph', () => {
    const c = clean(
      `Envoy meets delegations\n\nAuthor: MARY STONETue, 2018-01-30 08:00ID: 1517300000000000000GENEVA: ${REPORT}`,
    );
    expect(c.text).toBe(`Envoy meets delegations\n${REPORT}`);
    expect(c.dropped).toEqual(expect.arrayContaining(['GENEVA:']));
    expect(c.dropped.join(' ')).toContain('MARY STONE');
  });

  it('drops datelines with a credit in brackets or slashes in the first paragraphs', () => {
    for (const dateline of [
      'MOSCOW (Example News / Agencies) - ',
      'NEW YORK (Example Wire / Sputnik - 30th January, 2018) ',
      'Example News Agency (Iran, Tehran) - ',
      'ANKARA, January 30. /XNA/. ',
    ]) {
      const c = clean(`Envoy meets delegations\n\nA teaser that repeats the news\n\n${dateline}${REPORT}`);
      expect(c.text, dateline).toBe(`Envoy meets delegations\nA teaser that repeats the news\n${REPORT}`);
      expect(c.dateline).toBe(dateline.trim());
    }
  });

  it('leaves a dateline whose place is not in capitals in the text, where the place is still found', () => {
    const c = clean(`Envoy meets delegations\n\nTuesday, 30 January 2018\n\nA teaser\n\nGeneva, XNA - ${REPORT}`);
    expect(c.text).toBe(`Envoy meets delegations\nA teaser\nGeneva, XNA - ${REPORT}`);
  });

  it('keeps a first sentence that opens with a name and its initials in brackets', () => {
    const lines = body(
      'The Syrian Democratic Forces (SDF) Commander said the Kurds were not invited.\nThe Negotiations Commission (SNC) - for the first time - sent one delegation.',
    );
    expect(lines).toEqual([
      'The Syrian Democratic Forces (SDF) Commander said the Kurds were not invited.',
      'The Negotiations Commission (SNC) - for the first time - sent one delegation.',
    ]);
  });

  it("drops the outlet's or a section's name alone on a line", () => {
    const lines = body(
      `Levant Daily News\nBreaking News\nMain category: Middle East\nWelcome to the Example Agency\n${REPORT}\nRussia hosts talks\n${REPORT}`,
    );
    expect(lines).toEqual([REPORT, 'Russia hosts talks', REPORT]);
  });

  it("cuts a caption's credit of any agency, in brackets or not, and a file-photo mark", () => {
    const lines = body(
      'The envoy meets the minister in Damascus. Example Photo/Jane Roe\n' +
        'Delegates arrive for the talks in Astana. (AGENCY/Jane Roe)\n' +
        'The co-chair speaks to reporters. (Photo by Jane Roe/Example Agency/Getty Images)\n' +
        'Fighters of the YPG near Afrin. File photo\n' +
        'The UN/OPCW team said it needed access.',
    );
    expect(lines).toEqual([
      'The envoy meets the minister in Damascus.',
      'Delegates arrive for the talks in Astana.',
      'The co-chair speaks to reporters.',
      'Fighters of the YPG near Afrin.',
      'The UN/OPCW team said it needed access.',
    ]);
  });

  it("drops an image's file-like name, and keeps short lines with numbers", () => {
    expect(body(`Kremlin meeting hall03\nIMG_2041.jpg\n${REPORT}\nAstana 10\n${REPORT}\nCOVID-19\n${REPORT}`)).toEqual([
      REPORT,
      'Astana 10',
      REPORT,
      'COVID-19',
      REPORT,
    ]);
  });

  it('drops runs of short unpunctuated lines and a few words ending the page, and keeps a single crosshead', () => {
    const lines = body(
      `A teaser without a full stop\n${REPORT}\nTalks on the constitution\nThe delegations discussed the committee.\n` +
        'Erdogan and Putin meet in Sochi\nRouhani visits Ankara\nThe envoy will report to the Council.\nLevant Wire\non Telegram',
    );
    expect(lines).toEqual([
      'A teaser without a full stop',
      REPORT,
      'Talks on the constitution',
      'The delegations discussed the committee.',
      'The envoy will report to the Council.',
    ]);
  });

  it('drops cookie banners, newsletter and app prompts, and the links after a "You might also like"', () => {
    const lines = body(
      'We use cookies to improve your experience. By continuing you accept our cookie policy.\n' +
        `${REPORT}\nSign up for our daily newsletter\nDownload the Example News app for iOS and Android\n` +
        'You might also like\nRussia and Turkey discuss Idlib\nErdogan to visit Moscow next week',
    );
    expect(lines).toEqual([REPORT]);
  });
});
