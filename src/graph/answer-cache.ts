/**
 * Answer cache.
 *
 * Some answers read the whole graph and stay the same until it changes: the overview without a
 * time window (the first thing every analyst asks for), the timeline behind the time slider and
 * the outlets and speakers to filter by, which count every report (seconds at 100k entities).
 * Each is kept per key and served while the graph revision and the count store's totals
 * (graph-revision) are what they were when it was read; asks that arrive while it is being read
 * share that read.
 */
import type { Database, Reads, Row } from '../db/database.ts';
import { DETAILS_PAGE } from '../model/details-page.ts';
import type { NodeDetailsJson, TimelineJson } from '../model/json.ts';
import { DETAIL_LIMITS, getEntityDetails } from './entity-details.ts';
import { DEFAULT_OVERVIEW_LIMIT, getOverview, type OverviewJson } from './overview.ts';
import { searchEntities } from './search.ts';
import { getSources, getTimeline, type SourcesJson } from './timeline.ts';

/** Keys kept at once per answer: the default, and the few an analyst tries. */
const KEPT_KEYS = 4;
/** Entities whose details are kept: the ones an analyst goes back and forth between. */
const KEPT_DETAILS = 32;
/**
 * The overview's best-connected entities whose details are read at start: the hubs an analyst
 * opens first, and the heaviest details to read (at 100k entities, 110-240 ms for the biggest).
 */
export const WARMED_DETAILS = 5;

const revisionOf = (rows: Row[]): string =>
  JSON.stringify([rows[0]?.revision ?? null, rows[0]?.entities, rows[0]?.relationships]);

export class RevisionCache<K, V> {
  /** Each answer with the revision read before it (null when its read failed). */
  private readonly entries = new Map<K, { revision: Promise<string | null>; answer: Promise<V> }>();

  constructor(
    private readonly db: Database,
    private readonly read: (key: K, reads: Reads) => Promise<V>,
    private readonly kept = KEPT_KEYS,
    /** Queries that read graph-revision themselves (Database.readBehind's `carriers`). */
    private readonly carriers: Record<string, string> = {},
  ) {}

  async get(key: K): Promise<V> {
    if (this.entries.has(key)) {
      const revision = revisionOf(await this.db.readQuery('graph-revision'));
      // Looked up after the check: an ask that read it again meanwhile is shared.
      const kept = this.entries.get(key);
      if (kept && (await kept.revision) === revision) {
        // The least recently asked goes first.
        if (this.entries.get(key) === kept) {
          this.entries.delete(key);
          this.entries.set(key, kept);
        }
        return kept.answer;
      }
    }
    return this.readAgain(key);
  }

  /**
   * The revision is read in the answer's first round trip, ahead of it (Database.readBehind):
   * a write between the two makes the next ask read it again.
   */
  private readAgain(key: K): Promise<V> {
    const read = this.db.readBehind('graph-revision', (reads) => this.read(key, reads), this.carriers);
    const answer = read.then((both) => both.answer);
    this.entries.delete(key);
    this.entries.set(key, {
      revision: read.then(
        (both) => revisionOf(both.lead),
        () => null,
      ),
      answer,
    });
    if (this.entries.size > this.kept) this.entries.delete(this.entries.keys().next().value!);
    answer.catch(() => {
      if (this.entries.get(key)?.answer === answer) this.entries.delete(key);
    });
    return answer;
  }
}

/** The first page of an entity's details as the details panel asks for it. */
export function panelDetailsKey(id: string): DetailsKey {
  return {
    id,
    edges: DETAILS_PAGE.relations,
    articles: DETAIL_LIMITS.articles,
    evidence: DETAILS_PAGE.relationReports,
    offset: 0,
  };
}

/** What a details answer without a window depends on; `detailsKey` gives its cache key. */
export interface DetailsKey {
  id: string;
  edges: number;
  articles: number;
  evidence: number;
  offset: number;
}

export function detailsKey({ id, edges, articles, evidence, offset }: DetailsKey): string {
  return JSON.stringify({ id, edges, articles, evidence, offset });
}

export interface AnswerCaches {
  /** By overview limit. */
  overviews: RevisionCache<number, OverviewJson>;
  /** The timeline of every fact, by relationship type (null: all). */
  timelines: RevisionCache<string | null, TimelineJson>;
  sources: RevisionCache<null, SourcesJson>;
  /**
   * Node details without a time window, by entity and page: a hub's are the heaviest read an
   * analyst repeats (its thousands of facts sorted, its thousands of articles by date).
   */
  details: RevisionCache<string, NodeDetailsJson>;
  /**
   * Reads the default answers, one after the other, so the analyst's first asks do not wait: the
   * overview, the details of its biggest hubs, a search (the full-text index is read from disk on
   * its first use), then the timeline and the sources, which the app asks for after its first frame.
   */
  warm(): Promise<void>;
}

export function answerCaches(db: Database): AnswerCaches {
  const caches = {
    overviews: new RevisionCache(db, (limit: number, reads) => getOverview(reads, limit)),
    timelines: new RevisionCache(db, (type: string | null, reads) => getTimeline(db, { entity: null, type }, reads)),
    sources: new RevisionCache(db, (_: null, reads) => getSources(db, reads)),
    details: new RevisionCache(
      db,
      (key: string, reads) => {
        const { id, ...limits } = JSON.parse(key) as DetailsKey;
        return getEntityDetails(reads, id, limits);
      },
      KEPT_DETAILS,
      { 'entity-details': 'graphRevision' },
    ),
  };
  return {
    ...caches,
    async warm() {
      const { nodes } = await caches.overviews.get(DEFAULT_OVERVIEW_LIMIT);
      for (const node of nodes.slice(0, WARMED_DETAILS)) {
        await caches.details.get(detailsKey(panelDetailsKey(node.id)));
      }
      if (nodes[0]) await searchEntities(db, nodes[0].name, 8, null);
      await caches.timelines.get(null);
      await caches.sources.get(null);
    },
  };
}
