/**
 * Clean.
 *
 * Turns a pasted or downloaded news article into the report alone: whitespace and quotes
 * normalized, a word broken by a stray space ("two- day") rejoined, and every line that is not
 * the report dropped and listed: aggregator lines ("More news: ...", "Read more"), share, print
 * and comment widgets, captions, bylines and datelines (kept as metadata), wire staff credits
 * ("Reporting by ...; Editing by ..."), photo agency credits and page time stamps, a repeated title, and
 * short headline-like lines that the caller's `relevant` test says are about something else.
 * Credits that trail a kept line (a photo credit "EPA/ALEX HALADA/POOL", an embedded tweet's
 * "pic.twitter.com/... - Name (@handle) January 26, 2018") are cut off and listed too, so the
 * photographer or the tweet's author never becomes an entity.
 * Every character of the result keeps its offset in the input, so evidence can be quoted from
 * the original text.
 */
import { isoDay, monthNumber } from './calendar.ts';
import {
  AUTHOR_BOX_START,
  INLINE_MARKERS,
  STAFF_CREDIT,
  TRAILING_STAFF_CREDITS,
  isAuthorBoxLine,
  isCreditLine,
  isRoleByline,
} from './credits.ts';
import type { CleanedText } from './types.ts';

export interface CleanOptions {
  /** The article's title when known; a first line equal to it is the title line. */
  title?: string;
  /** Whether a short headline-like line belongs to the report (e.g. it names a known actor). */
  relevant?: (line: string) => boolean;
}

interface Line {
  chars: string[];
  origin: number[];
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?,?\\s+)?';
const TIME =
  '(?:(?:,?\\s*(?:at\\s+)?|\\s+-\\s+)\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:GMT|UTC|[A-Z]{2,4}))?(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?';
const MDY = new RegExp(`^${WEEKDAY}(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'i');
const DMY = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})${TIME}$`, 'i');
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?${TIME}$`);
const DATE_PREFIX =
  /^(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|at)?\s*:?|[/|]?\s*\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)\s*/i;
/** "Nidiya Fitriyah - Monday, 30 October 2017 - 02:37 WIB": a byline and the date in one line. */
const BYLINE_DATE = /^(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})\s+[-|]\s+(.+)$/u;

/** Who a photo is credited to: an agency, in "Reuters/Omar Sanadiki" or "Mikhail Klimentyev/Sputnik/Kremlin via Reuters". */
const PHOTO_AGENCY =
  /\b(?:reuters|afp|ap|epa|getty images|getty|sputnik|ria novosti|tass|anadolu(?: agency)?|sana|xinhua|kremlin|pool|photo|irna|tasnim|fars|isna|mehr|dpa|ansa|upi|bloomberg|shutterstock)\b/i;

/** Lines that belong to the page, not the report. */
const BOILERPLATE = [
  /^(?:more news|all news|read more(?: here)?|read also|also read|read|related(?: news| articles| stories| coverage| topics)?|see also|recommended|you may also like|you might also like|most read|most popular|trending(?: now)?|latest news|editor'?s picks?|further reading|watch|video|listen|more on this story|more from [\w ]+)\s*(?::|$|>|»|\|)/i,
  /^(?:share|share this(?: article| story)?|print|print this(?: article| page)?|email|e-mail|tweet|comment|comments|\d+ comments?|leave a comment|post a comment|show comments|save|bookmark|follow us(?: on [\w ]+)?|subscribe(?: to [\w ]+)?|sign up(?: for [\w ]+)?|newsletter|click here[^.]*|advertisement|advertising|sponsored(?: content)?|tags?:.*|topics?:.*|filed under:.*|copyright\b.*|©.*|all rights reserved.*)\s*$/i,
  /^(?:(?:share|share on|facebook|twitter|whatsapp|linkedin|reddit|telegram|email|print|pinterest|messenger|copy link|comments?)\s*[|•·,/-]?\s*)+$/i,
  /^(?:photo|image|file photo|picture|caption|credit|source)\s*:/i,
  /^\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b.*$/i,
  /^\((?:reporting|writing|editing|additional reporting) by [^)]*\)\.?$/i,
  // Staff credits at a wire story's foot: "Reporting by X in Beirut; Editing by Y", "Compiled by X".
  new RegExp(`^(?:${STAFF_CREDIT})(?:\\s*[;,]\\s*(?:${STAFF_CREDIT}))*\\.?$`, 'iu'),
  /^[^.]{1,80}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b[^.]{0,60}\.?$/i,
  /^(?:getty images|image copyright\b.*|(?:image|media) caption\b.*)$/i,
  /^(?:follow (?:us|[\p{L} .'@-]{1,40}) on (?:twitter|facebook|telegram|instagram|youtube|x)|join (?:us|our [\p{L} ]{1,30}) on|join our [\p{L} ]{1,30}(?:channel|group))\b.*$/iu,
  /^posted by\s+[\p{L} .'-]{1,40}$/iu,
  /^(?:story|news|article|post) (?:code|id|number|no\.?)\b.*$/i,
  /^\d+\s+(?:min(?:ute)?s? read|views?|reads?|shares?)\b.*$/i,
  // An outlet's own credit line: "Mi'raj News Agency (MINA)", "SANA/MNA", "(MNA)".
  /^(?:\p{Lu}[\p{L}'.-]*\s+){1,5}\(\p{Lu}{2,6}\)$/u,
  /^\(?\p{Lu}{2,6}\)?(?:\/\p{Lu}{2,6})*$/u,
  // The outlet's or a section's name alone on its line: "ARA News", "Breaking News", "Syria Daily News Agency".
  /^(?:\p{Lu}[\p{L}'.&-]*\s+){0,4}(?:News|Newspaper|News Agency|Agency|Times|Post|Daily|Press|Media|Network|TV|Radio|Online|Tribune|Herald|Gazette|Monitor|Observer|Journal|Chronicle|Wire)(?:\s+(?:English|Arabic|Online|Network|Desk))?$/u,
  /^(?:main )?(?:category|categories|section|filed in|posted in|published in|sections?)\s*:.*$/i,
  /^welcome to (?:the )?[\p{L} .'-]{2,40}$/iu,
  /^(?:skip to (?:main )?content|main menu|menu|toggle navigation|navigation|search|home(?: page)?|back to top|scroll to top|open menu|close menu)$/i,
  // Cookie banners, newsletter and app prompts.
  /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i,
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|updates|briefing|alerts?)\b[^.]{0,40}[.!]?$/i,
  /^(?:get|download) (?:the|our) [\p{L} ]{1,30} app\b.*$/iu,
  /^(?:get the latest|stay (?:up to date|informed))\b[^.]{0,80}$/i,
];
/**
 * Words of a page's toolbars: a line made of these alone ("E-Mail Article Printer-Friendly Translate
 * Share Article Text Size", "• Share on Google+") is a widget.
 */
const WIDGET_WORDS =
  /\b(?:e-?mail(?: article| this| to a friend)?|printer-friendly(?: version)?|print(?: article| this| page)?|translate|share(?: article| this| on| via)?|shares|text size|font size|send to a friend|bookmark|save|copy link|tweet|like|facebook|twitter|google\+?|whatsapp|linkedin|reddit|telegram|pinterest|messenger|vk|email)(?=\W|$)/giu;
/** A comment section's first line: it and everything after it belong to the page, not the report. */
const COMMENTS_START =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|send (?:a )?comments?|write a comment|comments are closed|comments|view comments|show comments|\d+ comments?|you must be logged in to post a comment|your email address will not be published\.?|please enter your comment!?|fill in your details below\b.*)$/i;
/** An image's file-like name on its own line ("Ak Orda Presidential Palace04", "IMG_2041.jpg"). */
const IMAGE_NAME = /^(?:[\p{L}\d'-]+\s+){0,6}(?:[\p{L}_-]*\p{Ll}_?\d{1,4}|[\p{L}\d_-]+\.(?:jpe?g|png|gif|webp))$/u;
/**
 * Author and time stamp glued before the first paragraph: "Author: JANE ROESat, 2017-11-25 03:00ID:
 * 1511562587888800600RIYADH: ...".
 */
const META_PREFIX =
  /^(?:author|by|written by|posted by)\s*:\s*[^.!?:]{1,60}?\b\d{4}-\d{2}-\d{2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*id\s*:\s*\d+)?\s*/iu;
/** A line that opens a list of links to other stories ("Read more here:"), each of which is dropped. */
const RELATED_HEADER =
  /^(?:read more(?: here| about this)?|read also|also read|read next|related(?: news| articles| stories| coverage| posts| content| links)?|see also|check also|also on [\w ]+|don't miss|other news|more headlines|next (?:article|post|story)|previous (?:article|post|story)|more on this story|more stories|more news|latest news|latest stories|top stories|you may also like|you might also like|in case you missed it|recommended(?: for you)?|most read|most popular|popular|trending(?: now)?|editor'?s picks?)\s*:?$/i;
const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Rr]eported by|[Aa]uthor:)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*(?:,|and|&|\|)\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})*(?:\s*[,|-]\s*[\p{L}'.& ]{0,40})?$/u;
/**
 * "GENEVA (Reuters) - ", "MOSCOW, Jan 28 (AFP) -", "BEIRUT: ", "DAMASCUS, (ST)_ " (an outlet's own
 * initials) at the start of the first paragraph.
 */
const INLINE_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.' -]{2,40}(?:,\\s*\\p{Lu}[\\p{L}.' -]{2,30})?(?:,\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?,?\\s*(?:\\((?:Reuters|AFP|AP|Sputnik|TASS|Xinhua|Anadolu|SANA|IRNA|dpa|UPI|\\p{Lu}{2,5})\\))?\\s*(?:-+|—|–|:|_)\\s+)(?=\\p{Lu}|")`,
  'u',
);
/** The agencies a caption's credit names, as captions spell them. */
const CAPTION_AGENCY =
  '(?:REUTERS|Reuters|AFP|EPA|AP|SPUTNIK|Sputnik|TASS|SANA|XINHUA|Xinhua|ANADOLU(?: AGENCY)?|Anadolu(?: Agency)?|GETTY IMAGES|Getty Images)';
/** A credit at the end of a line: capitals joined by slashes after a sentence, or an embedded tweet's link and signature. */
const TRAILING_CREDITS = [
  /(?<=[.!?"')])\s+(?:\p{Lu}[\p{Lu}.&-]*\/)+\p{Lu}[\p{Lu} .'-]*(?:\/\p{Lu}[\p{Lu}.-]*)*$/u,
  new RegExp(
    `\\s*(?:pic\\.twitter\\.com\\/\\S+\\s*)?-\\s*[^()]{1,80}\\(@\\w+\\)\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}$`,
    'u',
  ),
  /\s*pic\.twitter\.com\/\S+$/,
  // A caption's credit after its sentence: "... attends the congress. REUTERS/Maxim Shemetov".
  new RegExp(`(?<=[.!?"')])\\s+${CAPTION_AGENCY}\\s*\\/\\s*\\p{Lu}[\\p{L} .'-]*(?:\\/\\s*\\p{Lu}[\\p{L} .'-]*)*$`, 'u'),
  // The photographer first: "... talks in Geneva. Denis Balibouse/ EPA", "Jane Roe/Reuters".
  new RegExp(`(?<=[.!?"')])\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*\\/\\s*${CAPTION_AGENCY}$`, 'u'),
  /\s*\[\p{Lu}[\p{L}.&-]*(?:[ /]\p{Lu}[\p{L}.&-]*){0,3}\]$/u,
  // Any names joined by a slash after a caption's sentence: "UN Photo/Rick Bajornas", "Jane Roe/Keystone".
  /(?<=[.!?"')])\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*\/\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*\/\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})*$/u,
  // The same in brackets: "(REUTERS/Jane Roe)", "(Photo by Jane Roe/Agency/Getty Images)".
  /(?<=[.!?"')])\s+\((?:photo:?\s+|photo by\s+|image:?\s+)?\p{Lu}[^()/]{0,40}\/[^()]{1,80}\)$/iu,
  /(?<=[.!?"')\]])\s+(?:file photo|file image|archive photo|file)\.?$/i,
];
/**
 * Datelines of other shapes, looked for at the start of the first paragraphs only. The place is in
 * capitals, as the extractor reads a dateline's place from capitals alone (a place in other case is
 * left in the text, where it is found): a credit in brackets ("ASTANA. March 16 (Interfax) - ",
 * "UNITED NATIONS (UrduPoint News / Sputnik - 27th June, 2019) ") or between slashes ("ASTANA,
 * December 30. /TASS/. "). An outlet's name may stand for the place ("Hawzah News Agency (Iran,
 * Tehran) - ").
 */
const CAPS_PLACE = `\\p{Lu}[\\p{Lu}' -]{2,40}(?:,\\s*\\p{Lu}[\\p{L}' -]{2,30})?(?:[.,]?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\.?)?`;
const OUTLET_NAME = `(?:\\p{Lu}[\\p{L}'.&-]*\\s+){0,4}(?:News|News Agency|Agency|Press|Media|Times|Post|Daily|Network|TV|Radio)`;
const OTHER_DATELINES = [
  new RegExp(`^((?:${CAPS_PLACE}|${OUTLET_NAME})\\s*\\([^()]{2,60}\\)\\s*(?:-+|—|–|:)\\s+)(?=\\p{Lu}|")`, 'u'),
  new RegExp(`^(${CAPS_PLACE}\\s*\\([^()]*\\d{4}[^()]*\\)\\s+)(?=\\p{Lu}|")`, 'u'),
  new RegExp(`^(${CAPS_PLACE},?\\s*\\/\\p{Lu}{2,8}\\/\\.?\\s+)(?=\\p{Lu}|")`, 'u'),
];
/** The words (three letters or more) a report needs before its first line is tested against it as a title. */
const MIN_REPORT_WORDS = 30;
/** How many of the first kept lines may open with a dateline (a teaser or caption may come first). */
const DATELINE_LINES = 3;
const AGENCY_TAG =
  /^(?:\((?:Reuters|AFP|AP|Sputnik|TASS|Xinhua|Anadolu|SANA|IRNA|dpa|UPI)\)\s*(?:-+|—|–)?\s*|(?:IRNA|TASS|SANA|Xinhua)\s+(?=\p{Lu}))/u;

/** Character replacements that keep one character for one (quotes, spaces, dashes). */
const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\t': ' ',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\f': ' ',
  '\v': ' ',
};
const REMOVED = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']);

/** Splits the input into lines of normalized characters, each with its input offset. */
function normalizeLines(input: string): Line[] {
  const lines: Line[] = [];
  let current: Line = { chars: [], origin: [] };
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029') {
      if (c === '\r' && input[i + 1] === '\n') continue;
      lines.push(current);
      current = { chars: [], origin: [] };
    } else if (c === '\u2026') {
      current.chars.push('.', '.', '.');
      current.origin.push(i, i, i);
    } else if (!REMOVED.has(c)) {
      current.chars.push(SAME_LENGTH[c] ?? c);
      current.origin.push(i);
    }
  }
  lines.push(current);
  return lines.map(collapseSpaces);
}

/** Trims a line, collapses runs of spaces and rejoins "two- day" into "two-day". */
function collapseSpaces(line: Line): Line {
  const out: Line = { chars: [], origin: [] };
  const { chars, origin } = line;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === ' ') {
      const prev = out.chars[out.chars.length - 1];
      if (prev === undefined || prev === ' ') continue;
      const prev2 = out.chars[out.chars.length - 2] ?? '';
      let j = i;
      while (chars[j] === ' ') j++;
      const next = chars[j] ?? '';
      if (prev === '-' && /\p{L}/u.test(prev2) && /\p{Ll}/u.test(next)) continue;
      if (j >= chars.length) break;
    }
    out.chars.push(c);
    out.origin.push(origin[i]!);
  }
  return out;
}

function lineText(line: Line): string {
  return line.chars.join('');
}

function sliceLine(line: Line, from: number, to = line.chars.length): Line {
  return { chars: line.chars.slice(from, to), origin: line.origin.slice(from, to) };
}

/** The line without the credits at its end, and what was cut. */
function cutCredits(line: Line): { body: Line; cut: string[] } {
  const cut: string[] = [];
  let body = line;
  for (const pattern of [...TRAILING_CREDITS, ...TRAILING_STAFF_CREDITS]) {
    const text = lineText(body);
    const m = pattern.exec(text);
    // A credit never is the whole line: a line of capitals and slashes alone is left to the other rules.
    if (!m || m.index === 0) continue;
    cut.push(m[0].trim());
    body = sliceLine(body, 0, m.index);
  }
  return { body, cut };
}

/** The line without the markers glued into it (see INLINE_MARKERS); what was cut goes to `dropped`. */
function cutMarkers(line: Line, dropped: string[]): Line {
  const text = lineText(line);
  const out: Line = { chars: [], origin: [] };
  let from = 0;
  for (const m of text.matchAll(INLINE_MARKERS)) {
    out.chars.push(...line.chars.slice(from, m.index));
    out.origin.push(...line.origin.slice(from, m.index));
    dropped.push(m[0].trim());
    from = m.index + m[0].length;
  }
  if (from === 0) return line;
  out.chars.push(...line.chars.slice(from));
  out.origin.push(...line.origin.slice(from));
  return out;
}

/** The words of a line worth comparing: lower case, three letters or more. */
function contentWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w.length > 2);
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isoDate(year: string, monthName: string, day: string): string | null {
  const month = monthNumber(monthName);
  const d = Number(day);
  if (month < 1 || d < 1 || d > 31) return null;
  return isoDay(Number(year), month, d);
}

/** The date a dateline line gives ("Jan 28, 2018, 00:38" -> 2018-01-28), or null if it is not one. */
export function parseDateline(line: string): string | null {
  const text = line
    .trim()
    .replace(DATE_PREFIX, '')
    .replace(/\s*\|\s*/g, ' ');
  let m = MDY.exec(text);
  if (m) return isoDate(m[3]!, m[1]!, m[2]!);
  m = DMY.exec(text);
  if (m) return isoDate(m[3]!, m[2]!, m[1]!);
  m = ISO.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

const STAMP_WORDS = new RegExp(
  `\\b(?:${MONTH}|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|last modified|last updated|first published|published|updated|posted|on|at|gmt|utc|[ap]\\.?m\\.?)(?=\\W|$)`,
  'giu',
);

/** "Last modified on Tue 30 Jan 2018 14.20 GMT", "Published 2018-01-30 | Updated 2018-01-31": a page's time stamps, nothing else. */
function isTimeStamp(text: string): boolean {
  if (!/^(?:last modified|last updated|first published|published|updated|posted)\b/i.test(text)) return false;
  const rest = text.replace(STAMP_WORDS, ' ');
  return /\d/.test(rest) && /^[\d\s,.:|/+-]*$/.test(rest);
}

/** A photo credit alone on its line: a few names joined by slashes, one of them an agency, and no sentence. */
function isPhotoCredit(text: string): boolean {
  const body = text.replace(/^©\s*/, '');
  return (
    body.includes('/') &&
    !/[.!?]\s/.test(body) &&
    body.split(/\s+/).length <= 12 &&
    !/[.!?:;,"]$/.test(body) &&
    /^[\p{L}\d .'&()/-]+$/u.test(body) &&
    PHOTO_AGENCY.test(body)
  );
}

const RELATIVE_TIME =
  /\b(?:ago|just now|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|local time|last update|update|date|time)(?=\W|$)/giu;

/** "Wednesday 1441/2/10 - 2019/10/09", "17:41 LOCAL TIME 14:41 GMT", "1 minute ago Thu 27th June 2019 | 11:21 PM": dates and times, nothing else. */
function isBareTimeStamp(text: string): boolean {
  if (text.split(/\s+/).length > 14) return false;
  const rest = text
    .replace(STAMP_WORDS, ' ')
    .replace(RELATIVE_TIME, ' ')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/giu, '$1');
  return /\d/.test(rest) && /^[\d\s,.:|/+()"-]*$/.test(rest);
}

/** A toolbar: the line is made of widget words and separators alone. */
function isWidgetLine(text: string): boolean {
  return /\p{L}/u.test(text) && !/[\p{L}\d]/u.test(text.replace(WIDGET_WORDS, ' '));
}

function isBoilerplate(text: string): boolean {
  return (
    isPhotoCredit(text) ||
    isTimeStamp(text) ||
    isBareTimeStamp(text) ||
    isWidgetLine(text) ||
    isCreditLine(text) ||
    IMAGE_NAME.test(text) ||
    BOILERPLATE.some((pattern) => pattern.test(text))
  );
}

/** "Jane Roe 1 minute ago Thu 27th June 2019 | 11:21 PM", "Jane Roe , Friday 5 Jan 2018": the author's name before a time stamp. */
function bylineBeforeStamp(text: string): string | null {
  const m = /^(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})\s*[,|-]?\s+(.+)$/u.exec(text);
  return m && isBareTimeStamp(m[2]!) ? m[1]! : null;
}

/** Where the first kept lines open with a dateline of any shape, its length. */
function datelineAt(text: string, firstLine: boolean): string | null {
  const patterns = firstLine ? [INLINE_DATELINE, AGENCY_TAG, ...OTHER_DATELINES] : [AGENCY_TAG, ...OTHER_DATELINES];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** "Jason Ditz is Senior Editor for ... his work has appeared in ...": the author's bio, whose outlets are no actors. */
function isAuthorBio(text: string, byline: string): boolean {
  const name = byline.split(/\s*[,|]/)[0]!;
  return text.startsWith(`${name} `) && /^(?:is|has|writes|was|covers|reports)\b/.test(text.slice(name.length + 1));
}

/** A line that reads like a headline: short, no closing punctuation. */
function isHeadlineLike(text: string): boolean {
  const words = text.split(' ').length;
  return words <= 18 && !/[.!?"'):;,]$/.test(text);
}

/**
 * The kept lines without the runs of headline-like lines inside or after the report: two or more
 * short unpunctuated lines together are a list of links or a widget ("Vestnik Kavkaza / on
 * YouTube"), and so is a line of a few words that ends the page. A single crosshead between
 * paragraphs, and teasers before the first sentence, stay.
 */
function dropLinkRuns(kept: readonly Line[], dropped: string[]): Line[] {
  const texts = kept.map(lineText);
  const start = texts.findIndex((t) => !isHeadlineLike(t));
  if (start < 0) return [...kept];
  const isLink = (i: number): boolean => i > start && i < texts.length && isHeadlineLike(texts[i]!);
  const out: Line[] = [];
  for (const [i, line] of kept.entries()) {
    const inRun = isLink(i) && (isLink(i - 1) || isLink(i + 1));
    const trailing = isLink(i) && i === texts.length - 1 && texts[i]!.split(' ').length <= 6;
    if (inRun || trailing) dropped.push(texts[i]!);
    else out.push(line);
  }
  return out;
}

/** Separates the report from the page around it; see the file comment. */
export function clean(input: string, options: CleanOptions = {}): CleanedText {
  const lines = normalizeLines(input);
  const dropped: string[] = [];
  const kept: Line[] = [];
  let title: string | null = null;
  let titleLine: Line | null = null;
  let published: string | null = null;
  let byline: string | null = null;
  let dateline: string | null = null;
  let relatedLinks = false;
  let comments = false;
  let authorBox = false;
  let placeDateline = false;
  const givenTitle = options.title ? fold(options.title) : null;
  const nonEmpty = lines.filter((line) => line.chars.length > 0);

  for (const [index, page] of nonEmpty.entries()) {
    const line = cutMarkers(page, dropped);
    let text = lineText(line);
    const folded = fold(text);
    if (title !== null && folded === fold(title)) {
      dropped.push(text);
      continue;
    }
    if (givenTitle !== null && folded === givenTitle && title === null) {
      title = text;
      titleLine = line;
      continue;
    }
    if (comments || (kept.length > 0 && COMMENTS_START.test(text))) {
      comments = true;
      dropped.push(text);
      continue;
    }
    authorBox = AUTHOR_BOX_START.test(text) || (authorBox && (isHeadlineLike(text) || isAuthorBoxLine(text)));
    if (authorBox) {
      dropped.push(text);
      continue;
    }
    const date = parseDateline(text);
    if (date !== null) {
      published ??= date;
      dateline ??= text;
      dropped.push(text);
      continue;
    }
    const header = RELATED_HEADER.test(text);
    // A list's entry: a headline, or a teaser cut short with an ellipsis.
    const listEntry = relatedLinks && text.split(' ').length <= 18 && (!text.endsWith('.') || text.endsWith('...'));
    if (header || listEntry || isBoilerplate(text)) {
      relatedLinks ||= header;
      dropped.push(text);
      continue;
    }
    relatedLinks = false;
    const withDate = BYLINE_DATE.exec(text);
    const bylineDate = withDate ? parseDateline(withDate[2]!) : null;
    if (withDate && bylineDate) {
      published ??= bylineDate;
      byline ??= withDate[1]!;
      dropped.push(text);
      continue;
    }
    const stamped = bylineBeforeStamp(text);
    if (stamped !== null) {
      byline ??= stamped;
      dropped.push(text);
      continue;
    }
    if ((BYLINE.test(text) && text.length < 100) || isRoleByline(text)) {
      byline ??= text.replace(/^(?:by|written by|reporting by|reported by|author:)\s+/i, '');
      dropped.push(text);
      continue;
    }
    if (byline !== null && isAuthorBio(text, byline)) {
      dropped.push(text);
      continue;
    }
    const isFirstContent = kept.length === 0 && titleLine === null;
    if (isFirstContent && givenTitle === null && index < nonEmpty.length - 1 && isHeadlineLike(text)) {
      // A first line that shares no word with a report of some length is no title: a teaser, a
      // slogan, skip links. Beside a report of a sentence or two, it stays the title.
      const restWords = contentWords(
        nonEmpty
          .slice(index + 1)
          .map(lineText)
          .join(' '),
      );
      const rest = new Set(restWords);
      if (restWords.length >= MIN_REPORT_WORDS && !contentWords(text).some((w) => rest.has(w))) {
        dropped.push(text);
        continue;
      }
      title = text;
      titleLine = line;
      continue;
    }
    if (kept.length > 0 && isHeadlineLike(text) && options.relevant && !options.relevant(text)) {
      dropped.push(text);
      continue;
    }
    const credits = cutCredits(line);
    dropped.push(...credits.cut);
    let body = credits.body;
    text = lineText(body);
    if (kept.length < DATELINE_LINES) {
      const meta = META_PREFIX.exec(text);
      if (meta) {
        dropped.push(meta[0].trim());
        body = sliceLine(body, meta[0].length);
        text = lineText(body);
      }
      const inline = datelineAt(text, kept.length === 0 || meta !== null);
      if (inline) {
        // A dateline that names the place outranks a line that only dates the page: the place is kept as metadata.
        if (dateline === null || !placeDateline) dateline = inline.trim();
        placeDateline = true;
        dropped.push(inline.trim());
        body = sliceLine(body, inline.length);
        text = lineText(body);
      }
    }
    kept.push(body);
  }

  const body = dropLinkRuns(kept, dropped);
  const all = titleLine ? [titleLine, ...body] : body;
  const chars: string[] = [];
  const origin: number[] = [];
  for (const [i, line] of all.entries()) {
    if (i > 0) {
      chars.push('\n');
      origin.push(-1);
    }
    // One push per character: spreading a 200,000-character line overflows the call stack.
    for (const [j, char] of line.chars.entries()) {
      chars.push(char);
      origin.push(line.origin[j]!);
    }
  }
  if (title === null && options.title) title = options.title;
  return {
    text: chars.join(''),
    origin,
    dropped,
    title,
    published,
    byline,
    dateline,
    titleLength: titleLine ? titleLine.chars.length : 0,
  };
}
