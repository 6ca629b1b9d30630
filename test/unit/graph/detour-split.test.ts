// Unit: how the longer routes are expanded, from the walks counted out of each end.
import { describe, expect, it } from 'vitest';
import { DETOUR_REACH_LIMIT, detourSplit, noRoutesThatLong } from '../../../src/graph/find-paths.ts';

// walks[k - 1]: walks of k hops out of the end; null where they were not counted (a hub's).
const ends = (from: (number | null)[], to: (number | null)[]) => [
  { id: 'a', walks: from },
  { id: 'b', walks: to },
];

describe('detourSplit', () => {
  it('goes one hop out of a hub end and the rest of the way out of the other', () => {
    const hubTo = ends([1, 8, 3_831, null], [350, 104_932, null, null]);
    expect(detourSplit(hubTo, 'a', 'b', 4)).toEqual({ near: true, out: 3, in: 1 });
    expect(detourSplit(hubTo, 'b', 'a', 4)).toEqual({ near: false, out: 3, in: 1 });
  });

  it('splits a five-hop route where the fewest walks are expanded', () => {
    // 2 + 3 expands 4 + 3,062 walks; 1 + 4 and 4 + 1 would expand tens of thousands.
    expect(detourSplit(ends([5, 3_062, 42_831, null], [1, 4, 126, 47_074]), 'a', 'b', 5)).toEqual({
      near: false,
      out: 3,
      in: 2,
    });
  });

  it('leaves to the longer search the pairs whose every split expands too much', () => {
    const hubs = ends([5_000, 400_000, null, null], [4_000, DETOUR_REACH_LIMIT, null, null]);
    expect(detourSplit(hubs, 'a', 'b', 3)).toBeNull();
    expect(detourSplit(hubs, 'a', 'b', 2)).toEqual({ near: true, out: 1, in: 1 });
  });

  it('finds no split past the longest routes the detour query joins', () => {
    expect(detourSplit(ends([1, 1, 1, 1, 1], [1, 1, 1, 1, 1]), 'a', 'b', 6)).toBeNull();
  });
});

describe('noRoutesThatLong', () => {
  it('tells that no longer route exists when an end leads nowhere but to the other end', () => {
    // 'b' is a leaf on 'a': after the one-hop route, every other walk out of 'b' crosses 'a'.
    const leaf = ends([600, 170_000, null, null], [0, 0, 0, 0]);
    expect(noRoutesThatLong(leaf, 'a', 'b', 2)).toBe(true);
    expect(noRoutesThatLong(ends([3, 40, 500, 6_000], [2, 30, 400, 5_000]), 'a', 'b', 5)).toBe(false);
  });

  it('never concludes from walks that were not counted', () => {
    expect(noRoutesThatLong(ends([600, 170_000, null, null], [5, 3_000, null, null]), 'a', 'b', 5)).toBe(false);
  });
});
