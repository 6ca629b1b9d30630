/**
 * Evidence.
 *
 * The reports behind one edge, each with its sentence, who says it, when the fact happened,
 * when and where it was reported, and its confidence; denials are marked "denies", inferred
 * reports name their rule. This is what lets an analyst go from any line on the graph back to
 * its source and its speaker. A hub's fact has thousands of reports: `pagedEvidence` shows a
 * page of them and fetches the next from GET /api/edges/:id.
 */
import type { ArticleJson, EdgeJson, EvidenceJson } from '../../../src/model/json.ts';
import { api } from '../../api/client.ts';
import { h } from '../../dom.ts';
import { pagedList } from '../../ui/paged-list.ts';
import { reportLine } from '../disagreements/model.ts';
import { reportItem } from '../disagreements/sides-view.ts';

type Names = (id: string) => string;

const noReport = () => h('p', { class: 'muted' }, 'No report recorded for this relationship.');

function reportList(reports: readonly EvidenceJson[], articles: ReadonlyMap<string, ArticleJson>, names: Names) {
  return h(
    'ul',
    { class: 'evidence' },
    reports.map((report) =>
      reportItem(reportLine(report, { names, articles }), [
        h('span', { class: 'badge', title: 'Confidence of this report' }, `${Math.round(report.confidence * 100)}%`),
      ]),
    ),
  );
}

const articlesOf = (edge: EdgeJson) => new Map((edge.sources ?? []).map((article) => [article.id, article]));

/** `names` turns a speaker's entity id into its name (ids not known are shown as they are). */
export function evidenceList(edge: EdgeJson, names: Names = (id) => id): HTMLElement {
  const reports = edge.evidence ?? [];
  if (reports.length === 0) return noReport();
  return reportList(reports, articlesOf(edge), names);
}

/** `pageSize` reports at a time, of `evidenceTotal`; later pages come from the server. */
export function pagedEvidence(edge: EdgeJson, names: Names, pageSize: number): HTMLElement {
  const total = edge.evidenceTotal ?? edge.evidence?.length ?? 0;
  if (total === 0) return noReport();
  const articles = articlesOf(edge);
  return pagedList({
    pageSize,
    total,
    items: edge.evidence ?? [],
    noun: 'Reports',
    fetch: async (offset, limit) => {
      const page = await api.edgeEvidence(edge.id, offset, limit);
      for (const article of page.edge.sources) articles.set(article.id, article);
      return page.edge.evidence;
    },
    render: (reports) => reportList(reports, articles, names),
  });
}
