/**
 * Hub lists.
 *
 * A hub's details page its strongest facts and its latest articles out of thousands; sorting them
 * all on every click cost a hub at 100k entities 40,000 db hits. So every merge keeps, for the
 * hubs it touches, the strongest facts and the latest articles in the details' order on an
 * `(:EntityTop {entity, facts, factConfidences, factReports, articles})` node
 * (keep-strongest-facts, keep-latest-articles), and entity-details reads a page of them by id.
 * Expanding a hub read and sorted all its neighbours (16,516 facts for the biggest at 100k), so
 * the same node keeps its most important neighbours and the facts to them (`neighbours`, built by
 * build-top-neighbours, kept by keep-top-neighbours), and entity-neighbours reads those.
 * Stores written before get them once at start.
 */
import type { Database, Row, WriteTx } from '../db/database.ts';
import { DETAIL_LIMITS } from './entity-details.ts';

/**
 * Facts (or mentioning articles) from which an entity is a hub: below, reading them all costs at
 * most ~1,200 db hits; at 100k entities about 200 entities have that many facts, 270 articles.
 */
export const HUB_SIZE = 400;
/**
 * Kept per hub: the details' default pages, so the panel's pages and the CLI's are read from them;
 * neighbours enough for an expand of 50 when the 300 of the first view are on screen.
 */
export const KEPT = { facts: DETAIL_LIMITS.edges, articles: DETAIL_LIMITS.articles, neighbours: 400 } as const;
/** Hubs per transaction when a store written before gets its lists. */
const BUILD_BATCH = 50;
/** The lists change no answer, so building them keeps the graph revision and the answers cached for it. */
const UNCHANGED = { changesGraph: false };

/** [entity id, item] pairs grouped by entity: `{id, [key]: items}` per entity. */
function byEntity(links: [string, string][], key: 'facts' | 'articles'): Row[] {
  const items = new Map<string, Set<string>>();
  for (const [id, item] of links) (items.get(id) ?? items.set(id, new Set()).get(id)!).add(item);
  return [...items.entries()].map(([id, set]) => ({ id, [key]: [...set] }));
}

/**
 * Keeps the strongest facts of the hubs among the ends of the facts a merge wrote, in `tx`, after
 * update-importance. `merged`: the merge query's row, whose `written` is [source, target, element
 * id] per fact.
 */
export async function keepStrongestFacts(tx: WriteTx, merged: Row | undefined): Promise<void> {
  const written = (merged?.written ?? []) as [string, string, string][];
  if (written.length === 0) return;
  const ends = written.flatMap(([source, target, fact]): [string, string][] => [
    [source, fact],
    [target, fact],
  ]);
  await tx.run('keep-strongest-facts', { touched: byEntity(ends, 'facts'), hub: HUB_SIZE, keep: KEPT.facts });
}

/** An entity whose importance a merge raised (update-importance's `changed`). */
export interface ImportanceChange {
  id: string;
  before: number;
  after: number;
}

/**
 * Keeps the hubs' most important neighbours true after a merge, in `tx`, after update-importance:
 * the hubs among the ends of the facts it wrote (`merged`, as for keepStrongestFacts) take in
 * their new neighbours, every hub the neighbours whose importance rose past its last kept one;
 * an end that has just become a hub gets its list.
 */
export async function keepTopNeighbours(
  tx: WriteTx,
  merged: Row | undefined,
  changed: ImportanceChange[],
): Promise<void> {
  const written = (merged?.written ?? []) as [string, string, string][];
  if (written.length === 0 && changed.length === 0) return;
  const ends = new Map<string, [string, string][]>();
  const add = (id: string, fact: string, other: string) =>
    (ends.get(id) ?? ends.set(id, []).get(id)!).push([fact, other]);
  for (const [source, target, fact] of written) {
    add(source, fact, target);
    add(target, fact, source);
  }
  const list = { hub: HUB_SIZE, keep: KEPT.neighbours };
  await tx.run('keep-top-neighbours', {
    ...list,
    ends: [...ends].map(([id, facts]) => ({ id, facts })),
    changed,
  });
  if (ends.size > 0) await tx.run('build-top-neighbours', { ...list, ids: [...ends.keys()] });
}

/** Keeps the latest articles of the much-mentioned among the entities a merge linked to articles, in `tx`. */
export async function keepLatestArticles(
  tx: WriteTx,
  mentions: { articleId: string; entityId: string }[],
): Promise<void> {
  if (mentions.length === 0) return;
  const links = mentions.map(({ articleId, entityId }): [string, string] => [entityId, articleId]);
  await tx.run('keep-latest-articles', { touched: byEntity(links, 'articles'), hub: HUB_SIZE, keep: KEPT.articles });
}

/** Gives every hub of a store written before the lists its lists, a few hubs per transaction. */
export async function buildHubLists(db: Database): Promise<void> {
  const [row] = await db.readQuery('hub-candidates', { hub: HUB_SIZE });
  const factHubs = (row?.factHubs ?? []) as string[];
  const mentionHubs = (row?.mentionHubs ?? []) as string[];
  for (let i = 0; i < factHubs.length; i += BUILD_BATCH) {
    const touched = factHubs.slice(i, i + BUILD_BATCH).map((id) => ({ id, facts: [] }));
    await db.writeQuery('keep-strongest-facts', { touched, hub: HUB_SIZE, keep: KEPT.facts }, UNCHANGED);
    const ids = factHubs.slice(i, i + BUILD_BATCH);
    await db.writeQuery('build-top-neighbours', { ids, hub: HUB_SIZE, keep: KEPT.neighbours }, UNCHANGED);
  }
  for (let i = 0; i < mentionHubs.length; i += BUILD_BATCH) {
    const touched = mentionHubs.slice(i, i + BUILD_BATCH).map((id) => ({ id, articles: [] }));
    await db.writeQuery('keep-latest-articles', { touched, hub: HUB_SIZE, keep: KEPT.articles }, UNCHANGED);
  }
}
