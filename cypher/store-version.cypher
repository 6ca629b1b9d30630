// store-version: which migrations this store has had (0 when it predates the marker), so that a
// start-up on a current store skips the migration scans.
OPTIONAL MATCH (s:StoreVersion {name: 'parley'})
RETURN coalesce(s.version, 0) AS version
