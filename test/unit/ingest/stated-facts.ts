// The facts an extraction states (not denied, not inferred) as "source TYPE target", for the rule tests.
import { extract } from '../../../src/ingest/extract.ts';
import type { RelationType } from '../../../src/model/vocabulary.ts';

export async function statedFacts(text: string, published = '2018-01-28', type?: RelationType): Promise<string[]> {
  return (await extract(text, { published })).relations
    .filter((r) => r.basis === 'stated' && !r.negated && (type === undefined || r.type === type))
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}
