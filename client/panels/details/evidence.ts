/**
 * Evidence.
 *
 * The sentences and articles behind one edge: each report as a quote with its article (title,
 * outlet, date, link when there is one), its confidence, and whether it is a curated fact.
 * This is what lets an analyst go from any line on the graph back to its source.
 */
import type { ArticleJson, EdgeJson } from '../../../src/model/json.ts';
import { h } from '../../dom.ts';

function articleLine(article: ArticleJson | undefined, reported: string | null): HTMLElement {
  const title = article?.title || article?.id || 'unknown article';
  const parts = [article?.outlet, article?.published ?? reported].filter((part): part is string => !!part);
  return h(
    'cite',
    {},
    article?.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
    parts.length > 0 ? ` · ${parts.join(' · ')}` : '',
  );
}

export function evidenceList(edge: EdgeJson): HTMLElement {
  const articles = new Map((edge.sources ?? []).map((article) => [article.id, article]));
  const reports = edge.evidence ?? [];
  if (reports.length === 0) return h('p', { class: 'muted' }, 'No report recorded for this relationship.');
  return h(
    'ul',
    { class: 'evidence' },
    reports.map((report) =>
      h(
        'li',
        {},
        h('blockquote', {}, report.text),
        h(
          'div',
          { class: 'evidence-meta' },
          articleLine(articles.get(report.articleId), report.reported),
          h('span', { class: 'badge', title: 'Confidence of this report' }, `${Math.round(report.confidence * 100)}%`),
          report.curated ? h('span', { class: 'badge curated', title: 'A curated fact' }, 'curated') : null,
        ),
      ),
    ),
  );
}
