/**
 * Article routes.
 *
 * `POST /api/articles?dryRun=true` previews what an article would add; without dryRun it merges
 * the article (or the reviewed part of it) in one transaction. Input is bounded and checked:
 * text size, binary text and broken encodings, dates, URLs; stray control characters and lone
 * surrogates are cleaned out of the text, title and outlet (src/text/clean-input.ts).
 */
import type { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { PayloadTooLargeError } from '../errors.ts';
import { ingestArticle } from '../graph/ingest-article.ts';
import { cleanText, looksBinary } from '../text/clean-input.ts';
import { cleanedLine, validate } from './validate.ts';

export const MAX_ARTICLE_CHARS = 200_000;

export const articleBody = z.strictObject({
  text: z
    .string({ error: 'text is required' })
    .refine((text) => !looksBinary(text), 'text holds control characters (binary?); send plain text')
    .transform(cleanText)
    .refine((text) => text.trim().length > 0, 'text must not be empty')
    .refine((text) => !text.includes('\uFFFD'), 'text holds bytes that are not valid UTF-8 (U+FFFD found)'),
  title: cleanedLine(z.string().trim().min(1).max(500)).optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http(s) URL' })
    .max(2_000)
    .optional(),
  outlet: cleanedLine(z.string().trim().min(1).max(200)).optional(),
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
