/**
 * Console result cells (issue 11): a node or relationship cell shows its labels or type and
 * its properties, not `[object Object]`, with long values cut and the whole kept for the
 * tooltip. The node is shaped as the API's /api/cypher rows carry it (src/db/to-plain.ts).
 */
import { describe, expect, it } from 'vitest';
import { cellSummary } from '../../../client/panels/console/cells.ts';

const russia = {
  kind: 'node',
  elementId: '4:x:1',
  labels: ['Entity', 'State'],
  properties: { id: 'russia', name: 'Russia', type: 'State', aliases: ['Russian Federation', 'Moscow'] },
};

describe('console cells', () => {
  it('leaves plain values as they are', () => {
    expect(cellSummary(42)).toMatchObject({ title: '42', detail: '', kind: null, id: null });
    expect(cellSummary(null).title).toBe('');
    expect(cellSummary({ a: 1 }).title).toBe('{"a":1}');
  });

  it('shows a node by name with its labels and properties', () => {
    const cell = cellSummary(russia);
    expect(cell.title).toBe('(Russia)');
    expect(cell.detail).toBe(':Entity:State · aliases: Russian Federation, Moscow · id: russia · type: State');
    expect(cell.detail).not.toContain('[object Object]');
    expect(cell).toMatchObject({ kind: 'node', id: 'russia' });
  });

  it('shows a relationship by type with its properties, long values cut', () => {
    const long = 'x'.repeat(500);
    const cell = cellSummary({
      kind: 'relationship',
      type: 'INVITES',
      properties: { id: 'russia:INVITES:staffan-de-mistura', confidence: 0.9, evidence: [long] },
    });
    expect(cell.title).toBe('[:INVITES]');
    expect(cell.detail).toContain('confidence: 0.9');
    expect(cell.detail.length).toBeLessThanOrEqual(240);
    expect(cell.full).toContain(long);
    expect(cell).toMatchObject({ kind: 'relationship', id: 'russia:INVITES:staffan-de-mistura' });
  });
});
