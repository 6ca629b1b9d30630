/**
 * The blocks of annotated real reports under test/fixtures/news/, in the order the eval prints them.
 *
 * `tune`: the extractor may be tuned on the block, so tools may list its sentences and misses. A
 * held-out block is only ever scored: listing its sentences would tune the extractor on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './extract.ts';
import { goldSchema, stripSourceLine, type Gold } from './score.ts';
import type { Extraction } from './types.ts';

export interface NewsBlock {
  /** The directory's last part (`--only dev-4`). */
  name: string;
  label: string;
  dir: string;
  tune: boolean;
}

const block = (name: string, label: string, tune: boolean): NewsBlock => ({
  name,
  label,
  dir: `test/fixtures/news/${name}`,
  tune,
});

export const NEWS_BLOCKS: readonly NewsBlock[] = [
  block('dev', 'dev', true),
  block('dev-2', 'dev 2 (tune on these)', true),
  block('dev-3', 'dev 3 (tune on these)', true),
  block('dev-4', 'dev 4 (tune on these)', true),
  block('dev-5', 'dev 5 (tune on these)', true),
  block('dev-6', 'dev 6 (tune on these)', true),
  block('heldout', 'held out (never tune on these)', false),
  block('heldout-2', 'held out 2 (other outlets and rounds; never tune on these)', false),
  block('heldout-3', 'held out 3 (annotated session 7; never tune on these)', false),
  block('heldout-4', 'held out 4 (annotated session 9; never tune on these)', false),
  block('heldout-5', 'held out 5 (annotated session 15; never tune on these)', false),
];

/** One annotated report of a block: its name, gold and text (the source line stripped). */
export interface AnnotatedReport {
  name: string;
  gold: Gold;
  text: string;
}

/** The annotated reports of `dir` (relative to `root`), by name. */
export function readReports(root: string, dir: string): AnnotatedReport[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = goldSchema.parse(JSON.parse(readFileSync(join(root, dir, file), 'utf8')));
      const text = stripSourceLine(gold.text ?? readFileSync(join(root, gold.textFile ?? ''), 'utf8'));
      return { name: file.replace(/\.gold\.json$/, ''), gold, text };
    });
}

/** What the extractor makes of a report, given the title and date its gold records. */
export function extractReport(report: AnnotatedReport): Promise<Extraction> {
  return extract(report.text, {
    ...(report.gold.title ? { title: report.gold.title } : {}),
    ...(report.gold.published ? { published: report.gold.published } : {}),
  });
}
