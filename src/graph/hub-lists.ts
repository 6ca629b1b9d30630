/**
 * Hub lists.
 *
 * A hub's details page its strongest facts and its latest articles out of thousands; sorting them
 * all on every click cost a hub at 100k entities 40,000 db hits. So every merge keeps, for the
 * hubs it touches, the strongest facts and the latest articles in the details' order on an
 * `(:EntityTop {entity, facts, factConfidences, factReports, articles})` node
 * (keep-strongest-facts, keep-latest-articles), and entity-details reads a page of them by id.
 * Stores written before get them once at start.
 */
import type { Database, Row, WriteTx } from '../db/database.ts';
import { DETAIL_LIMITS } from './entity-details.ts';

/**
 * Facts (or mentioning articles) from which an entity is a hub: below, reading them all costs at
 * most ~1,200 db hits; at 100k entities about 200 entities have that many facts, 270 articles.
 */
export const HUB_SIZE = 400;
/** Kept per hub: the details' default pages, so the panel's pages and the CLI's are read from them. */
export const KEPT = { facts: DETAIL_LIMITS.edges, articles: DETAIL_LIMITS.articles } as const;
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
  }
  for (let i = 0; i < mentionHubs.length; i += BUILD_BATCH) {
    const touched = mentionHubs.slice(i, i + BUILD_BATCH).map((id) => ({ id, articles: [] }));
    await db.writeQuery('keep-latest-articles', { touched, hub: HUB_SIZE, keep: KEPT.articles }, UNCHANGED);
  }
}
