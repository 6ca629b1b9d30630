/**
 * Clean input.
 *
 * The one rule for text that users write into Parley (article text, titles, outlets, view names),
 * on every write path (the API's body schemas and the CLI's file reader): NUL and the other C0
 * and C1 control characters, and lone UTF-16 surrogates, are removed — they are invisible, break
 * exports and other tools, and a stray one (a form feed from a PDF) should not cost the user the
 * article. Body text keeps tab, line feed and carriage return; one-line fields turn them into a
 * space. Text in which control characters are more than one character in a hundred is not text
 * that lost a few bytes but binary, and is refused instead (`looksBinary`).
 */

const LINE_BREAKS = /[\t\n\r]/g;

/** Above this share of control characters, text is binary (a file that is not text at all). */
const BINARY_SHARE = 0.01;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A C0 or C1 control other than tab, line feed and carriage return, DEL, or half of a broken surrogate pair. */
function strayAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  if (isHigh(code)) return !isLow(text.charCodeAt(i + 1));
  if (isLow(code)) return !isHigh(text.charCodeAt(i - 1));
  return false;
}

function strayCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (strayAt(text, i)) count++;
  return count;
}

/** Body text without stray control characters and lone surrogates; tab, line feed and carriage return kept. */
export function cleanText(text: string): string {
  if (strayCount(text) === 0) return text;
  let kept = '';
  for (let i = 0; i < text.length; i++) if (!strayAt(text, i)) kept += text[i];
  return kept;
}

/** A one-line field (title, outlet, name): as cleanText, and tab or line breaks become a space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(LINE_BREAKS, ' ');
}

/** Whether more than one character in a hundred of `text` is a control character or a lone surrogate. */
export function looksBinary(text: string): boolean {
  const stray = strayCount(text);
  return stray > 0 && stray > text.length * BINARY_SHARE;
}
