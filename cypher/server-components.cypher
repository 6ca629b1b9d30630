// server-components: the Neo4j version and edition, for /api/health and `parley db status`.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
