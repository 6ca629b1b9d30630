/**
 * Article routes.
 *
 * `POST /api/articles?dryRun=true` previews what an article would add; without dryRun it merges
 * the article (or the reviewed part of it) in one transaction. Input is bounded and checked:
 * text size, control characters and broken encodings, dates, URLs.
 */
import type { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { PayloadTooLargeError } from '../errors.ts';
import { ingestArticle } from '../graph/ingest-article.ts';
import { validate } from './validate.ts';

export const MAX_ARTICLE_CHARS = 200_000;

/** Control characters other than tab, line feed and carriage return mean binary, not text. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return false;
}

export const articleBody = z.strictObject({
  text: z
    .string({ error: 'text is required' })
    .refine((text) => text.trim().length > 0, 'text must not be empty')
    .refine((text) => !text.includes('\uFFFD'), 'text holds bytes that are not valid UTF-8 (U+FFFD found)')
    .refine((text) => !hasControlCharacters(text), 'text holds control characters; send plain text'),
  title: z.string().trim().min(1).max(500).optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http(s) URL' })
    .max(2_000)
    .optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: z.iso.date({ error: 'published must be a date as YYYY-MM-DD' }).optional(),
  reviewed: z
    .strictObject({
      entities: z.array(z.string().min(1)).max(10_000),
      relations: z.array(z.number().int().min(0)).max(10_000),
    })
    .optional(),
});

const articleQuery = z.object({
  dryRun: z.enum(['true', 'false', '1', '0'], { error: "dryRun must be 'true' or 'false'" }).optional(),
});

export function mountArticleRoutes(api: Router, db: Database): void {
  api.post('/articles', async (req, res) => {
    const { dryRun } = validate('articles', articleQuery, req.query);
    const raw = req.body as { text?: unknown } | undefined;
    if (typeof raw?.text === 'string' && raw.text.length > MAX_ARTICLE_CHARS) {
      throw new PayloadTooLargeError(
        `articles: text is ${raw.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`,
      );
    }
    const body = validate('articles', articleBody, raw ?? {});
    const { reviewed, ...input } = body;
    const result = await ingestArticle(db, input, { dryRun: dryRun === 'true' || dryRun === '1', reviewed });
    res.status(result.dryRun || !result.article.created ? 200 : 201).json(result);
  });
}
