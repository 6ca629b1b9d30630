/**
 * Article files.
 *
 * Reads the article files given to `extract` and `ingest`: each must exist, be within the size
 * limit, and be valid UTF-8 text, not binary. Each problem is a ValidationError naming the file.
 * Stray control characters are cleaned out as the API does (src/text/clean-input.ts).
 */
import fs from 'node:fs';
import { ValidationError } from '../errors.ts';
import { MAX_ARTICLE_CHARS } from '../api/article-routes.ts';
import { cleanText, looksBinary } from '../text/clean-input.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readArticleFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ValidationError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new ValidationError(`${file}: not a file`);
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ValidationError(`${file}: not valid UTF-8 text (convert it first, e.g. iconv -t UTF-8)`);
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ValidationError(`${file}: ${text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`);
  }
  if (looksBinary(text)) throw new ValidationError(`${file}: holds control characters (binary?); give a text file`);
  const cleaned = cleanText(text);
  if (cleaned.trim() === '') throw new ValidationError(`${file}: the file is empty`);
  return cleaned;
}

/** Progress on stderr: a bar on a terminal, a line per step otherwise. */
export function progressBar(total: number): (done: number, label: string) => void {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  return (done, label) => {
    const left = Math.round((((Date.now() - started) / done) * (total - done)) / 1000);
    const eta = done < total ? ` ETA ${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : '';
    if (!tty) {
      process.stderr.write(`[${done}/${total}]${eta} ${label}\n`);
      return;
    }
    const width = 24;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${eta} ${label.slice(0, 40).padEnd(40)}`,
    );
    if (done === total) process.stderr.write('\n');
  };
}
