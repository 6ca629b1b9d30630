/**
 * Evidence.
 *
 * The reports behind one edge, each with its sentence, who says it, when the fact happened,
 * when and where it was reported, and its confidence; denials are marked "denies", inferred
 * reports name their rule. This is what lets an analyst go from any line on the graph back to
 * its source and its speaker.
 */
import type { EdgeJson } from '../../../src/model/json.ts';
import { h } from '../../dom.ts';
import { reportLine } from '../disagreements/model.ts';
import { reportItem } from '../disagreements/sides-view.ts';

/** `names` turns a speaker's entity id into its name (ids not known are shown as they are). */
export function evidenceList(edge: EdgeJson, names: (id: string) => string = (id) => id): HTMLElement {
  const articles = new Map((edge.sources ?? []).map((article) => [article.id, article]));
  const reports = edge.evidence ?? [];
  if (reports.length === 0) return h('p', { class: 'muted' }, 'No report recorded for this relationship.');
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
