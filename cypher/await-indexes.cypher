// await-indexes: waits (up to 5 minutes) until every index is online.
CALL db.awaitIndexes(300)
