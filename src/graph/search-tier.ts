/**
 * Search tier.
 *
 * Which entities a search ranks first, on their own: the prominent ones, from this importance
 * (degree) on. Stored on each entity as `searchTier` (kept by update-importance), indexed with
 * its names, so that a full-text query can ask for the prominent matches alone. About 7% of the
 * bench's 100k entities: a prefix with more than ~400 matches has 30 prominent ones.
 */
export const SEARCH_TIER = { prominent: 20, tier: 'prominent' };
