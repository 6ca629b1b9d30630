// set-store-version: records that every migration up to $version has run on this store.
MERGE (s:StoreVersion {name: 'parley'})
SET s.version = toInteger($version)
RETURN s.version AS version
