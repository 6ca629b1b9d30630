import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/db/to-plain.ts';

describe('driver values as plain JSON', () => {
  it('gives numbers for integers, inside maps and lists too, and text for those past 2^53', () => {
    const value = { count: neo4j.int(3), nested: { totals: [neo4j.int(1), 2.5] }, huge: neo4j.int('9007199254740993') };
    expect(toPlain(value)).toEqual({ count: 3, nested: { totals: [1, 2.5] }, huge: '9007199254740993' });
  });

  it('converts a value wherever it sits in a list or map, and leaves the values before it as they were', () => {
    const reports = { evidence: ['one', 'two'], counts: [0.5, 'x', neo4j.int(7)], total: neo4j.int(2) };
    expect(toPlain([reports, 'after'])).toEqual([
      { evidence: ['one', 'two'], counts: [0.5, 'x', 7], total: 2 },
      'after',
    ]);
  });

  it('keeps text, floats, booleans and nulls as they are', () => {
    expect(toPlain(['Kazavistan', 0.8, true, null, undefined])).toEqual(['Kazavistan', 0.8, true, null, null]);
  });

  it('writes dates as ISO text and nodes with their labels and properties', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Entity'],
      { id: 'kaza', since: new neo4j.types.Date(2024, 3, 9) },
      '4:x:1',
    );
    expect(toPlain(node)).toEqual({
      kind: 'node',
      elementId: '4:x:1',
      labels: ['Entity'],
      properties: { id: 'kaza', since: '2024-03-09' },
    });
  });
});
