/**
 * Credits.
 *
 * The staff and picture credits, reporter hand-offs, author boxes and link markers that pages put
 * in or around a report's lines, for the cleaner (clean.ts) to cut: each names people or outlets
 * that are no actors of the report. Patterns over one normalized line (quotes and dashes already
 * plain).
 */

/** One staff credit: "Editing by Mark Heinrich", "Additional reporting by Tom Perry in Beirut". */
export const STAFF_CREDIT =
  "(?:additional |further )?(?:reporting|writing|editing|edited|written|compiled|compiling|produced|translated|translation|research|graphics|fact-checking) by [\\p{L}'. -]{2,60}?";

/** A person's name as pages print it: two to four capitalized words ("Jane Roe", "Omar Abu Haddad"). */
const NAME = "\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}";
/** The agencies a picture is credited to after a photographer's name and "via". */
const VIA_AGENCY = '(?:Getty Images|Getty|AP|Reuters|REUTERS|Shutterstock|Alamy)';
/** What a bracketed credit calls the staff: "[Staff writer]", "(With agencies)". */
const STAFF_ROLE =
  '(?:staff writer|staff reporter|staff correspondent|our correspondent|correspondent|reporter|agencies|with agencies|agency reports|news desk|web desk|online desk|wire services|wires)';

/** Credits that end a kept line after its sentence; cut and listed, the sentence stays. */
export const TRAILING_STAFF_CREDITS = [
  // "... in Damascus. (Reporting by Jane Roe; editing by John Doe)"
  new RegExp(`(?<=[.!?"')\\]])\\s*\\((?:${STAFF_CREDIT})(?:\\s*[;,]\\s*(?:${STAFF_CREDIT}))*\\)\\.?$`, 'iu'),
  // "... on Monday. [Staff writer]", "... talks. (Jane Roe, Correspondent)"
  new RegExp(`(?<=[.!?"')])\\s*[[(](?:[\\p{L}.' -]{2,40},\\s*)?${STAFF_ROLE}[\\])]\\.?$`, 'iu'),
  // "... the congress. Photo: Jane Roe/AFP", "... in Geneva. Video by Jane Roe"
  /(?<=[.!?"')])\s+(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Vv]ideo|VIDEO|[Ff]ootage|[Cc]redit)s?(?:\s*:|\s+(?:by|courtesy(?: of)?|credit)\b)\s*\p{Lu}[^.!?]{0,80}\.?$/u,
  // "... arrive in Sochi. Jane Roe / AFP via Getty Images"
  new RegExp(`(?<=[.!?"')])\\s+${NAME}\\s*\\/\\s*\\p{Lu}[\\p{L}.&-]*\\s+via\\s+${VIA_AGENCY}$`, 'u'),
  // "... said. Follow Jane Roe on Twitter @janeroe"
  /(?<=[.!?"')])\s+[Ff]ollow\s+(?:@\w+|(?:\p{Lu}[\p{L}.'-]*\s+){1,4}on\s+(?:Twitter|X|Facebook|Instagram|Telegram))\b.*$/u,
];

/** Whole lines that credit the staff: "[Staff writer]", "Jane Roe / AFP via Getty Images", "Follow @janeroe". */
const CREDIT_LINES = [
  new RegExp(`^[[(](?:[\\p{L}.' -]{2,40},\\s*)?${STAFF_ROLE}[\\])]\\.?$`, 'iu'),
  new RegExp(`^${NAME}\\s*\\/\\s*\\p{Lu}[\\p{L}.&-]*\\s+via\\s+${VIA_AGENCY}$`, 'u'),
  /^follow\s+@\w+\b.*$/i,
  new RegExp(`^${NAME}\\s+on\\s+(?:Twitter|X|Facebook|Instagram|Telegram)\\s*:?\\s*@\\w+$`, 'u'),
];

/**
 * A broadcaster's hand-off to its own reporter, the whole line: "Jane Roe has more.", "Our observer
 * Jane Roe will tell you about the hopes ...". A one-word name is left alone ("Lavrov has more to say").
 */
const HAND_OFFS = [
  new RegExp(`^${NAME}(?:\\s+and\\s+${NAME})?\\s+(?:has|have)\\s+(?:more|the story|the details|this report)\\.?$`, 'u'),
  new RegExp(
    `^(?:[Oo]ur|[Tt]he channel's)\\s+(?:\\p{Ll}+\\s+)?(?:observer|correspondent|reporter|producer|presenter|journalist)s?\\s+${NAME}\\s+(?:reports|will tell|tells|has more|explains|brings|looks)\\b.*$`,
    'u',
  ),
];

/** "By Jane Roe, The National's Correspondent", "Jane Roe | Staff Reporter": a byline with the writer's role. */
const ROLE_BYLINE = new RegExp(
  `^(?:[Bb]y\\s+)?${NAME}\\s*(?:,|\\||\\s-)\\s*(?:[\\p{L}'.& ]{0,40}\\s)?(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist|[Bb]ureau [Cc]hief|[Aa]nalyst|[Ss]taff)(?:\\s+(?:in|at|for)\\s+[\\p{L}' ]{2,30})?$`,
  'u',
);

/** The first line of an author box ("About the author", "About the author: Jane Roe"); the box's lines follow it. */
export const AUTHOR_BOX_START =
  /^(?:about the (?:author|writer|reporter|contributor)s?|author(?:'s)? (?:bio(?:graphy)?|profile))\b.*$/i;
/** A line of an author box after its first: the name and role alone, or "Jane Roe is a journalist who ...". */
const AUTHOR_BOX_LINE = new RegExp(
  `^(?:${NAME}(?:\\s*[,|-]\\s*[\\p{L}'. ]{0,40})?|${NAME}\\s+(?:is|was|has|writes|covers|reports|joined|holds|works)\\b.*)$`,
  'u',
);

/**
 * Markers a page glues into a line: the "external link" flag after a linked word ("Jane
 * Roeexternal link"), a share or print button run into a name ("Jane RoeShare"). Cut out of the
 * line, the words around them stay.
 */
export const INLINE_MARKERS =
  /(?<=[\p{L}\d])\s?external link(?=$|[\s.,;:!?)"'])|(?<=\p{Ll})(?:Share|Print|Tweet|Email|E-mail)(?=$|[\s.,;:!?)])/gu;

export function isCreditLine(text: string): boolean {
  return CREDIT_LINES.some((pattern) => pattern.test(text)) || HAND_OFFS.some((pattern) => pattern.test(text));
}

export function isRoleByline(text: string): boolean {
  return text.length < 100 && ROLE_BYLINE.test(text);
}

export function isAuthorBoxLine(text: string): boolean {
  return AUTHOR_BOX_LINE.test(text);
}
