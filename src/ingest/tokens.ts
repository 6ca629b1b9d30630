/**
 * Tokens.
 *
 * Words and punctuation with their offsets, and the folded keys that name matching compares:
 * lower case, accents stripped ("Çavuşoğlu" = "cavusoglu"), apostrophes dropped ("Ja'afari" =
 * "Jaafari"), and, in the loose key, doubled letters single ("Jaafari" = "Jafari"). A possessive
 * "'s" is split off its word ("Moscow's" is "Moscow" + possessive).
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded word ("" for punctuation). */
  key: string;
  /** The key with doubled letters single, used to match transliterations. */
  loose: string;
  word: boolean;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?|\S/gu;
const EXTRA_FOLDS: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l' };

/** Lower case, no accents, no apostrophes. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøæœßđł]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(/['’]/g, '');
}

export function looseKey(key: string): string {
  return key.replace(/(\p{L})\1+/gu, '$1');
}

/** Folds a whole phrase to single-spaced words: "Moscow's  Ally" -> "moscow s ally". */
export function foldPhrase(text: string): string {
  return foldWord(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits `text` into tokens; offsets are shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index + offset;
    const isWord = /^[\p{L}\p{N}]/u.test(raw);
    let possessive = false;
    if (isWord && /['’]s$/i.test(raw) && raw.length > 2) {
      possessive = true;
      raw = raw.slice(0, -2);
    } else if (isWord && /['’]$/.test(raw)) {
      possessive = /s['’]$/i.test(raw);
      raw = raw.slice(0, -1);
    }
    const key = isWord ? foldWord(raw) : '';
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key,
      loose: looseKey(key),
      word: isWord,
      possessive,
    });
  }
  return tokens;
}
