/**
 * Misses (`npm run misses`): what joins the two ends of every stated relation the extractor
 * missed on the blocks one may tune on, so the constructions that recur across reports show first.
 *
 * Each miss is put under one cause: an end never found; an end its sentence does not name (a
 * pronoun, a group, the meeting in focus: coreference's work); no dependency path; or the path
 * that joins the ends' names in the parse of its sentence ("<nsubj attend >obj"). Then the paths
 * are grouped by relation type and shape, with how many reports show each and one sentence.
 * Last, the stated relations proposed that the gold does not hold, by the rule that proposed them.
 * Held-out blocks are refused: listing their sentences would tune the extractor on them.
 * `--only dev-4` reads one block; `--verbose` lists every miss with its sentence.
 */
import { fileURLToPath } from 'node:url';
import { sharedParser, stopSharedParser, type ParsedSentence } from '../nlp/parser.ts';
import { dependencyPath, pathShape } from './dependency-path.ts';
import { NEWS_BLOCKS, extractReport, readReports } from './news-blocks.ts';
import { factKey, matchEntities, score, type Gold } from './score.ts';

interface Miss {
  report: string;
  fact: string;
  type: string;
  cause: string;
  shape: string | null;
  sentence: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

/** The tokens of `sentence` inside any of the entity's names as the sentence writes them. */
function nameTokens(sentence: ParsedSentence, text: string, entity: Gold['entities'][number]): number[] {
  const folded = text.toLowerCase();
  const tokens = new Set<number>();
  for (const name of [entity.name, ...entity.aliases]) {
    const needle = name.toLowerCase();
    if (needle.length < 2) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1))
      sentence.tokens.forEach((t, i) => {
        if (t.start >= at && t.end <= at + needle.length) tokens.add(i + 1);
      });
  }
  return [...tokens];
}

function causeOf(
  sentence: ParsedSentence,
  text: string,
  source: Gold['entities'][number],
  target: Gold['entities'][number],
) {
  const from = nameTokens(sentence, text, source);
  const to = nameTokens(sentence, text, target);
  if (from.length === 0 || to.length === 0) return { cause: 'an end its sentence does not name', shape: null };
  const path = dependencyPath(sentence, from, to);
  if (!path) return { cause: 'no dependency path', shape: null };
  return { cause: `joined by a path of ${path.length}`, shape: pathShape(sentence, path) };
}

/** A stated relation the gold does not hold, and the rule that proposed it. */
interface FalsePositive {
  report: string;
  fact: string;
  rule: string;
  sentence: string;
}

async function readBlock(block: string): Promise<{ misses: Miss[]; falsePositives: FalsePositive[] }> {
  const parser = await sharedParser();
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  for (const report of readReports(root, `test/fixtures/news/${block}`)) {
    const extraction = await extractReport(report);
    const s = score(extraction, report.gold);
    const goldId = matchEntities(extraction, report.gold);
    const wrong = new Set(s.falsePositives);
    for (const r of extraction.relations) {
      const fact = factKey(r, (id) => goldId.get(id) ?? id);
      if (r.basis === 'stated' && wrong.has(fact))
        falsePositives.push({
          report: `${block}/${report.name}`,
          fact,
          rule: r.rule ?? '(no rule)',
          sentence: r.evidence,
        });
    }
    const missed = new Set(s.falseNegatives);
    const missing = new Set(s.missingEntities);
    const entity = new Map(report.gold.entities.map((e) => [e.id, e]));
    for (const r of report.gold.relations) {
      const fact = factKey(r);
      if (!r.stated || r.evidence === undefined || !missed.has(fact)) continue;
      const found = !missing.has(r.source) && !missing.has(r.target);
      const [sentence] = found ? await parser.parseSentences([r.evidence]) : [];
      const { cause, shape } = sentence
        ? causeOf(sentence, r.evidence, entity.get(r.source)!, entity.get(r.target)!)
        : { cause: 'an end never found', shape: null };
      misses.push({ report: `${block}/${report.name}`, fact, type: r.type, cause, shape, sentence: r.evidence });
    }
  }
  return { misses, falsePositives };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return [...groups.entries()].sort(([, a], [, b]) => b.length - a.length);
}

const tunable = NEWS_BLOCKS.filter((b) => b.tune).map((b) => b.name);
if (only !== undefined && !tunable.includes(only)) {
  console.error(
    `misses: "${only}" is not a block to tune on (${tunable.join(', ')}); a held-out block is only ever scored, by npm run eval`,
  );
  process.exit(2);
}
const blocks = only ? [only] : tunable;
const misses: Miss[] = [];
const falsePositives: FalsePositive[] = [];
for (const block of blocks) {
  process.stderr.write(`misses: reading ${block}\n`);
  const read = await readBlock(block);
  misses.push(...read.misses);
  falsePositives.push(...read.falsePositives);
}
await stopSharedParser();

console.log(`${misses.length} stated relations missed on ${blocks.join(', ')}\n\nby cause:`);
for (const [cause, group] of groupBy(misses, (m) => m.cause.replace(/ of \d+$/, '')))
  console.log(`${String(group.length).padStart(5)}  ${cause}`);
console.log('\nby type and cause:');
for (const [key, group] of groupBy(misses, (m) => `${m.type}: ${m.cause}`))
  console.log(`${String(group.length).padStart(5)}  ${key}`);
console.log('\nconstructions (type and path), in 2+ misses:');
for (const [key, group] of groupBy(
  misses.filter((m) => m.shape !== null),
  (m) => `${m.type} ${m.shape}`,
)) {
  if (group.length < 2) break;
  const reports = new Set(group.map((m) => m.report)).size;
  console.log(`${String(group.length).padStart(5)}  ${key}  (${reports} report${reports === 1 ? '' : 's'})`);
  console.log(`       e.g. ${group[0]!.sentence.slice(0, 160)}`);
}
console.log(`\n${falsePositives.length} stated relations proposed that the gold does not hold, by rule:`);
for (const [rule, group] of groupBy(falsePositives, (f) => f.rule)) {
  console.log(`${String(group.length).padStart(5)}  ${rule}`);
  for (const f of group) console.log(`       ${f.report} | ${f.fact} | ${f.sentence.slice(0, 140)}`);
}
if (verbose) {
  console.log('\nevery miss:');
  for (const m of misses) console.log(`${m.report} | ${m.fact} | ${m.shape ?? m.cause} | ${m.sentence}`);
}
