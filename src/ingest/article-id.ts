/**
 * Article id.
 *
 * An article's id is derived from its normalized text, so the same article ingested twice (with
 * other line breaks, quotes or surrounding whitespace) is the same `:Article` node.
 */
import { createHash } from 'node:crypto';

export function normalizeArticleText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function articleId(text: string): string {
  return 'article-' + createHash('sha256').update(normalizeArticleText(text)).digest('hex').slice(0, 16);
}
