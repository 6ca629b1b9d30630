/**
 * Eval (`npm run eval`).
 *
 * Runs the extractor over every gold fixture in test/fixtures/extraction/ and prints entity and
 * relation precision, recall and F1 per fixture and overall (micro-averaged). Exits non-zero when
 * a fixture misses its targets (the seed article: relation F1 >= 0.9, every actor found, no
 * boilerplate entity). `--verbose` lists the false positives and negatives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from './extract.ts';
import { stopSharedParser } from '../nlp/parser.ts';
import { goldSchema, prf, score, type Counts } from './score.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test/fixtures/extraction');
const verbose = process.argv.includes('--verbose');

function pct(n: number): string {
  return (n * 100).toFixed(1).padStart(6);
}

function cells(c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${pct(precision)} ${pct(recall)} ${pct(f1)}`;
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
const total = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 } };
const failures: string[] = [];
console.log(`${'fixture'.padEnd(34)} | ${'entities P      R     F1'.padEnd(20)} | relations P      R     F1`);
console.log('-'.repeat(90));
for (const file of files) {
  const gold = goldSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const text = gold.text ?? readFileSync(join(root, gold.textFile ?? ''), 'utf8');
  const extraction = await extract(text, {
    ...(gold.title ? { title: gold.title } : {}),
    ...(gold.published ? { published: gold.published } : {}),
  });
  const s = score(extraction, gold);
  for (const k of ['entities', 'relations'] as const) {
    total[k].tp += s[k].tp;
    total[k].fp += s[k].fp;
    total[k].fn += s[k].fn;
  }
  const name = file.replace(/\.gold\.json$/, '');
  console.log(`${name.padEnd(34)} | ${cells(s.entities)} | ${cells(s.relations)}`);
  if (verbose) {
    for (const t of s.falsePositives) console.log(`    + ${t}`);
    for (const t of s.falseNegatives) console.log(`    - ${t}`);
    for (const e of s.extraEntities) console.log(`    entity + ${e}`);
    for (const e of s.missingEntities) console.log(`    entity - ${e}`);
  }
  if (gold.targets) {
    const f1 = prf(s.relations).f1;
    if (f1 < gold.targets.relationF1)
      failures.push(`${name}: relation F1 ${f1.toFixed(3)} < ${gold.targets.relationF1}`);
    if (gold.targets.allActors && s.missingActors.length > 0)
      failures.push(`${name}: actors not found: ${s.missingActors.join(', ')}`);
    if (s.boilerplateEntities.length > 0)
      failures.push(`${name}: boilerplate entities: ${s.boilerplateEntities.join(', ')}`);
  }
}
await stopSharedParser();
console.log('-'.repeat(90));
console.log(`${'overall'.padEnd(34)} | ${cells(total.entities)} | ${cells(total.relations)}`);
if (failures.length > 0) {
  for (const f of failures) console.error(`eval: target missed: ${f}`);
  process.exit(1);
}
console.log('eval: all targets met');
