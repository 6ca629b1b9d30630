// Integration: the curated seed graph in a real Neo4j (seed/syria-2018-01-28.yaml).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { getCounts } from '../../src/graph/overview.ts';
import { getEntityDetails } from '../../src/graph/entity-details.ts';
import { loadSeed, readSeedFile, seedFiles } from '../../src/seed/load-seed.ts';
import { relationId } from '../../src/graph/edge-json.ts';
import { searchQueries } from '../../src/graph/lucene-query.ts';
import { searchParams } from '../../src/graph/search.ts';
import { openSeededDatabase } from './test-db.ts';

const { seed } = readSeedFile(seedFiles()[0]!);

describe('seed graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededDatabase();
  });
  afterAll(() => db.close());

  it('loading it again changes nothing', async () => {
    const before = await getCounts(db);
    const [summary] = await loadSeed(db);
    expect(summary!.entities.created).toBe(0);
    expect(summary!.relations.created).toBe(0);
    expect(summary!.relations.reported).toBe(0);
    expect(await getCounts(db)).toEqual(before);
  });

  it('holds every entity of the seed, one article, and one edge per distinct fact', async () => {
    const counts = await getCounts(db);
    const distinctFacts = new Set(seed.relations.map((r) => relationId(r.source, r.type, r.target, r.meeting)));
    expect(counts.nodes).toBeGreaterThanOrEqual(seed.entities.length);
    expect(counts.relationships).toBeGreaterThanOrEqual(distinctFacts.size);
    expect(counts.articles).toBeGreaterThanOrEqual(1);
  });

  it.each(seed.relations.map((r) => [`${r.source} ${r.type} ${r.target}`, r] as const))(
    'stores %s with its sentence and article',
    async (_name, relation) => {
      const details = await getEntityDetails(db, relation.source);
      const edge = details.edges.find(
        (e) => e.source === relation.source && e.type === relation.type && e.target === relation.target,
      );
      expect(edge).toBeDefined();
      expect(edge!.curated).toBe(true);
      expect(edge!.evidence.map((report) => report.text)).toContain(relation.evidence);
      expect(edge!.sources.map((article) => article.title)).toContain(seed.article.title);
    },
  );

  it('keeps a fact reported twice as one edge with two reports (the SNC boycott)', async () => {
    const details = await getEntityDetails(db, 'syrian-negotiations-commission');
    const boycotts = details.edges.filter(
      (e) => e.type === 'BOYCOTTS' && e.target === 'syrian-national-dialogue-congress',
    );
    expect(boycotts).toHaveLength(1);
    expect(boycotts[0]!.evidence.length).toBe(2);
  });

  it('stores Resolution 2254 with the article spelling 2224 as an alias and a note', async () => {
    const { node } = await getEntityDetails(db, 'un-security-council-resolution-2254');
    expect(node.type).toBe('Document');
    expect(node.aliases).toContain('Resolution 2224');
    expect(String(node.note)).toMatch(/2224/);
  });

  it('has nothing from the unrelated "More news" headlines', async () => {
    const [answer] = await db.readQuery('search-entities', {
      ...searchParams('duterte', searchQueries('duterte')!, 10, null),
      every: 'duterte OR suu OR zainab OR woody OR allen',
      probes: [],
    });
    expect(answer!.hits).toEqual([]);
  });
});
