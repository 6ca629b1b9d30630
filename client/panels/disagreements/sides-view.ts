/**
 * Report and sides views.
 *
 * The DOM for one report (its sentence, who says it, when it happened, when and where it was
 * reported, a denial marked "denies", an inferred report marked with its rule) and for a
 * disagreement's sides in columns next to each other. Shared by the details panel and the
 * Disagreements panel, so a report reads the same everywhere. A side of a hub's fact can have
 * hundreds of reports: each column shows a page of them.
 */
import { h } from '../../dom.ts';
import { pagedList } from '../../ui/paged-list.ts';
import type { DisagreementView, ReportLine } from './model.ts';

/** Reports per page in each column. */
const SIDE_PAGE = 5;

export function reportItem(line: ReportLine, extra: (HTMLElement | null)[] = []): HTMLElement {
  return h(
    'li',
    { class: line.denial ? 'report denial' : 'report' },
    h('blockquote', {}, line.text),
    h(
      'dl',
      { class: 'report-meta' },
      h('dt', {}, 'Said by'),
      h('dd', { class: 'report-speaker' }, line.speaker),
      h('dt', {}, 'Happened'),
      h('dd', { class: 'report-happened' }, line.happened),
      h('dt', {}, 'Reported'),
      h('dd', { class: 'report-reported' }, line.reported),
      h('dt', {}, 'In'),
      h(
        'dd',
        { class: 'report-source' },
        h(
          'cite',
          {},
          line.url
            ? h('a', { href: line.url, target: '_blank', rel: 'noopener noreferrer' }, line.source)
            : line.source,
        ),
      ),
    ),
    h(
      'div',
      { class: 'evidence-meta' },
      line.denial ? h('span', { class: 'badge denies', title: 'This report denies the fact' }, 'denies') : null,
      line.basis.startsWith('inferred')
        ? h('span', { class: 'badge inferred', title: 'Added by a rule, not stated' }, line.basis)
        : null,
      line.basis === 'curated' ? h('span', { class: 'badge curated', title: 'A curated fact' }, 'curated') : null,
      extra,
    ),
  );
}

export function sidesView(view: DisagreementView): HTMLElement {
  return h(
    'div',
    { class: 'sides' },
    view.columns.map((column) =>
      h(
        'section',
        { class: 'side', dataset: { edge: column.edgeId } },
        h('h4', {}, column.label),
        pagedList({
          pageSize: SIDE_PAGE,
          total: column.reports.length,
          items: column.reports,
          noun: 'Reports',
          render: (lines) =>
            h(
              'ul',
              { class: 'evidence' },
              lines.map((line) => reportItem(line)),
            ),
        }),
      ),
    ),
  );
}
