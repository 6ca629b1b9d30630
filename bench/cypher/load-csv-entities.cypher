// load-csv-entities: the baseline, Neo4j's own LOAD CSV of the same entities (aliases '|'-joined).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.type = row.type, n.createdAt = toString(datetime.transaction()),
                n.aliases = CASE WHEN row.aliases IS NULL THEN [] ELSE split(row.aliases, '|') END
  SET n:$(row.type)
  FOREACH (_ IN CASE WHEN row.actor = 'true' THEN [1] ELSE [] END | SET n:Actor)
} IN TRANSACTIONS OF 10000 ROWS
