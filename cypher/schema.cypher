// schema: constraints and indexes Parley's queries rely on. Applied at every start; each statement
// is idempotent (IF NOT EXISTS).

// Entity and article ids are unique; the constraint also gives the id lookups their index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// Filters and counts by type; the initial view orders by degree.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);

// Search over names and aliases; the folding analyzer makes it case and accent insensitive.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// The initial view reads entities in importance order straight from this index.
CREATE RANGE INDEX entity_importance IF NOT EXISTS FOR (n:Entity) ON (n.importance);
