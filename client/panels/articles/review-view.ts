/**
 * Review view.
 *
 * The DOM of a dry run under review: the article text with each evidence sentence in a `<mark>`
 * (built from text nodes, never parsed HTML), the proposed entities grouped by type with a
 * checkbox and a "new" / "in graph" badge, and the proposed relations ("Source —TYPE→ Target")
 * with confidence, sentence and checkbox. Hovering or focusing a relation lights its sentence in
 * the text; clicking a sentence moves to its first relation. The view is built once per preview
 * and `update` re-applies the review state, so focus and scroll stay where the user left them.
 * A long report proposes hundreds of facts: the lists show a page at a time, every row built
 * once (so `update` reaches the rows of other pages too) and only the page's rows attached.
 */
import type { Extraction } from '../../../src/ingest/types.ts';
import { factGroups, reportSummary } from '../../../src/graph/fact-groups.ts';
import { colorForType } from '../../graph/colors.ts';
import { h } from '../../dom.ts';
import { pagedList } from '../../ui/paged-list.ts';
import type { KnownFacts } from './queries.ts';
import {
  disabledRelations,
  entitiesByType,
  highlightSegments,
  isRelationKept,
  locateEvidence,
  relationEdgeId,
  type ReviewState,
} from './review.ts';

export interface ReviewView {
  element: HTMLElement;
  update(state: ReviewState): void;
}

export interface ReviewViewOptions {
  text: string;
  extraction: Extraction;
  /** Null while unknown (the check failed): no badge then. */
  known: KnownFacts | null;
  onEntity(id: string, on: boolean): void;
  onRelation(index: number, on: boolean): void;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Rows per page of the entity and relation lists. */
const PAGE = 25;

/** Built rows, a page of them in `listClass` at a time. */
const pagedRows = (rows: HTMLElement[], listClass: string, noun: string) =>
  pagedList({
    pageSize: PAGE,
    total: rows.length,
    items: rows,
    noun,
    render: (page) => h('ul', { class: listClass }, [...page]),
  });

export function createReviewView(options: ReviewViewOptions): ReviewView {
  const { text, extraction, known } = options;
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const ranges = locateEvidence(text, extraction.relations);
  const groups = factGroups(extraction);
  const marks = new Map<number, HTMLElement[]>();
  const relationItems: HTMLLIElement[] = [];
  const relationBoxes: HTMLInputElement[] = [];
  const entityBoxes = new Map<string, HTMLInputElement>();

  const textBox = h('div', { class: 'article-text', tabindex: '0', 'aria-label': 'Article text with evidence' });
  /** Scrolls the text box only (not the panel, which would move the relation under the pointer). */
  const reveal = (mark: HTMLElement) => {
    const box = textBox.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) textBox.scrollTop += at.top - box.top - box.height / 3;
  };
  const light = (index: number, on: boolean) => {
    relationItems[index]?.classList.toggle('active', on);
    const found = marks.get(index) ?? [];
    for (const mark of found) mark.classList.toggle('active', on);
    if (on && found[0]) reveal(found[0]);
  };
  for (const segment of highlightSegments(text, ranges)) {
    const part = text.slice(segment.start, segment.end);
    if (segment.relations.length === 0) {
      textBox.append(part);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part;
    mark.dataset.relations = segment.relations.join(' ');
    mark.title = segment.relations
      .map((index) => {
        const relation = extraction.relations[index]!;
        return `${nameOf(relation.source)} —${relation.type}→ ${nameOf(relation.target)}`;
      })
      .join('\n');
    mark.addEventListener('click', () => relationBoxes[segment.relations[0]!]?.focus());
    for (const index of segment.relations) marks.set(index, [...(marks.get(index) ?? []), mark]);
    textBox.append(mark);
  }
  const unlocated = ranges.filter((range) => range === null).length;

  const badge = (isKnown: boolean | null, newTitle: string) =>
    isKnown === null
      ? null
      : isKnown
        ? h('span', { class: 'badge known', title: 'Already in the graph' }, 'in graph')
        : h('span', { class: 'badge new', title: newTitle }, 'new');

  const entityGroups = entitiesByType(extraction.entities).map(([type, group]) =>
    h(
      'section',
      { class: 'relation-group' },
      h('h4', {}, `${type} (${group.length})`),
      pagedRows(
        group.map((entity) => {
          const box = h('input', {
            type: 'checkbox',
            checked: true,
            value: entity.id,
            onchange: () => options.onEntity(entity.id, box.checked),
          });
          entityBoxes.set(entity.id, box);
          return h(
            'li',
            {},
            h(
              'label',
              { class: 'check', title: entity.aliases.length > 0 ? `Also: ${entity.aliases.join(' · ')}` : entity.id },
              box,
              h('span', { class: 'swatch', style: `background:${colorForType(entity.type)}` }),
              h('span', { class: 'entity-name' }, entity.name),
              badge(known ? known.entities.has(entity.id) : null, 'Will be created'),
            ),
          );
        }),
        'review-list entity-review',
        'Entities',
      ),
    ),
  );

  const relationList = pagedRows(
    groups.map((group) => {
      const index = group.indexes[0]!;
      const relation = extraction.relations[index]!;
      const box = h('input', {
        type: 'checkbox',
        checked: true,
        value: String(index),
        onchange: () => {
          for (const i of group.indexes) options.onRelation(i, box.checked);
        },
      });
      const lightAll = (on: boolean) => group.indexes.forEach((i) => light(i, on));
      const item = h(
        'li',
        {
          class: 'relation review-relation',
          dataset: { index: String(index) },
          onmouseenter: () => lightAll(true),
          onmouseleave: () => lightAll(false),
          onfocusin: () => lightAll(true),
          onfocusout: () => lightAll(false),
        },
        h(
          'label',
          { class: 'check relation-head' },
          box,
          h(
            'span',
            { class: 'relation-label' },
            `${nameOf(relation.source)} —${group.negated ? 'NOT ' : ''}${relation.type}→ ${nameOf(relation.target)}`,
            relation.topic ? h('span', { class: 'muted' }, ` on ${relation.topic}`) : null,
          ),
        ),
        h(
          'div',
          { class: 'evidence-meta' },
          h('span', { class: 'badge', title: 'Confidence of the extraction' }, percent(relation.confidence)),
          badge(known ? known.relations.has(relationEdgeId(relation)) : null, 'A fact the graph does not hold yet'),
          group.inferred
            ? h(
                'span',
                { class: 'badge inferred', title: `Added by the rule '${relation.rule ?? ''}', not stated` },
                'inferred',
              )
            : null,
          group.indexes.length > 1 ? h('span', { class: 'muted' }, `${group.indexes.length} sentences`) : null,
          ranges[index] ? null : h('span', { class: 'muted' }, 'sentence not found verbatim in the text'),
          h('span', { class: 'disabled-note muted' }),
        ),
        ...group.indexes.flatMap((i) => {
          const summary = reportSummary(extraction.relations[i]!, nameOf);
          return [
            h('blockquote', { class: 'review-evidence' }, extraction.relations[i]!.evidence),
            summary ? h('p', { class: 'review-report muted' }, summary) : null,
          ];
        }),
      );
      for (const i of group.indexes) {
        relationBoxes[i] = box;
        relationItems[i] = item;
      }
      return item;
    }),
    'review-list relations-review',
    'Relations',
  );

  const element = h(
    'div',
    { class: 'review' },
    extraction.warnings.length > 0
      ? h(
          'ul',
          { class: 'warnings', 'aria-label': 'Warnings' },
          extraction.warnings.map((warning) => h('li', { role: 'note' }, warning)),
        )
      : null,
    extraction.dropped.length > 0
      ? h(
          'details',
          { class: 'dropped' },
          h(
            'summary',
            {},
            `${extraction.dropped.length} line${extraction.dropped.length === 1 ? '' : 's'} dropped as not part of the report`,
          ),
          h(
            'ul',
            {},
            extraction.dropped.map((line) => h('li', {}, line)),
          ),
        )
      : null,
    h('h3', {}, 'Text'),
    textBox,
    unlocated > 0
      ? h(
          'p',
          { class: 'muted hint' },
          `${unlocated} sentence${unlocated === 1 ? '' : 's'} could not be found verbatim in the text (the extractor normalizes it).`,
        )
      : null,
    h('h3', {}, `Entities (${extraction.entities.length})`),
    extraction.entities.length === 0 ? h('p', { class: 'muted' }, 'No entity recognized.') : entityGroups,
    h('h3', {}, `Relations (${groups.length})`),
    extraction.relations.length === 0
      ? h('p', { class: 'muted' }, 'No relation recognized in this text.')
      : relationList,
  );

  const update = (state: ReviewState) => {
    for (const [id, box] of entityBoxes) box.checked = state.entities.has(id);
    const disabled = disabledRelations(extraction, state);
    extraction.relations.forEach((relation, index) => {
      const box = relationBoxes[index]!;
      const off = disabled.has(index);
      const kept = isRelationKept(extraction, state, index);
      box.checked = kept;
      box.disabled = off;
      relationItems[index]!.classList.toggle('off', !kept);
      const note = relationItems[index]!.querySelector('.disabled-note');
      if (note) {
        const missing = [relation.source, relation.target].filter((id) => !state.entities.has(id)).map(nameOf);
        note.textContent = off ? `needs ${missing.join(' and ')}` : '';
      }
    });
    for (const [, list] of marks) for (const mark of list) mark.classList.add('off');
    for (const [index, list] of marks) {
      if (isRelationKept(extraction, state, index)) for (const mark of list) mark.classList.remove('off');
    }
  };

  return { element, update };
}
