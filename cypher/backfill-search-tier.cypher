// backfill-search-tier: one batch ($batch entities) of the one-off backfill for stores written
// before entities carried a search tier (store version 3): $tier from importance
// $prominent on, read from the importance index; run at start until it updates nothing.
MATCH (n:Entity)
WHERE n.importance >= $prominent AND n.searchTier IS NULL
WITH n LIMIT toInteger($batch)
SET n.searchTier = $tier
RETURN count(n) AS updated
