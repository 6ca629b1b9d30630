/**
 * Plan view.
 *
 * The plan of an EXPLAIN or PROFILE as Neo4j Browser draws it, but as a tree of nested lists:
 * each operator with its details, estimated rows and, when profiled, the rows it produced and
 * its database hits; the total of db hits on top, to compare two ways of writing a query.
 */
import type { PlanJson } from '../../../src/model/json.ts';
import { h } from '../../dom.ts';

const number = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

function totalHits(plan: PlanJson): number {
  return (plan.dbHits ?? 0) + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

function operator(plan: PlanJson): HTMLElement {
  const measures = [
    plan.rows !== null ? `${number(plan.rows)} rows` : null,
    plan.dbHits !== null ? `${number(plan.dbHits)} db hits` : null,
    plan.estimatedRows !== null ? `est. ${number(plan.estimatedRows)} rows` : null,
  ].filter((text) => text !== null);
  return h(
    'li',
    { class: 'plan-step' },
    h('span', { class: 'plan-operator' }, plan.operator),
    measures.length > 0 ? h('span', { class: 'plan-measures' }, measures.join(' · ')) : null,
    plan.details ? h('code', { class: 'plan-details' }, plan.details) : null,
    plan.children.length > 0 ? h('ul', {}, plan.children.map(operator)) : null,
  );
}

/** Profiled plans carry db hits; a plan without them is an EXPLAIN. */
export function planView(plan: PlanJson): HTMLElement {
  return h(
    'section',
    { class: 'plan', 'aria-label': 'Query plan' },
    h(
      'p',
      { class: 'muted' },
      plan.dbHits !== null ? `PROFILE: ${number(totalHits(plan))} db hits in all.` : 'EXPLAIN: the plan; nothing ran.',
    ),
    h('ul', { class: 'plan-tree' }, operator(plan)),
  );
}
