// schema: constraints and indexes Parley's queries rely on. Applied at every start; each statement
// is idempotent (IF NOT EXISTS).

// Entity and article ids are unique; the constraint also gives the id lookups their index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// One revision node, however many writers merge it at once.
CREATE CONSTRAINT graph_revision_name IF NOT EXISTS FOR (g:GraphRevision) REQUIRE g.name IS UNIQUE;

// Filters and counts by type; the initial view orders by degree.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);

// A hub's strongest facts and latest articles, kept in order for its details (keep-strongest-facts).
CREATE CONSTRAINT entity_top_entity IF NOT EXISTS FOR (t:EntityTop) REQUIRE t.entity IS UNIQUE;
// The hubs whose kept neighbours an entity's rising importance may enter (keep-top-neighbours).
CREATE RANGE INDEX entity_top_neighbour_floor IF NOT EXISTS FOR (t:EntityTop) ON (t.neighbourFloor);

// Search over names and aliases; the folding analyzer makes it case and accent insensitive.
// `searchTier` marks the prominent entities, so that a search can rank them on their own first.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchTier]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
// Its predecessor, without the tier (stores written before store version 3).
DROP INDEX entity_names IF EXISTS;

// The initial view reads entities in importance order straight from this index.
CREATE RANGE INDEX entity_importance IF NOT EXISTS FOR (n:Entity) ON (n.importance);
// Disagreements: facts marked disputed at merge time, found per type without a scan.
CREATE INDEX hosts_disputed IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.disputed);
CREATE INDEX organizes_disputed IF NOT EXISTS FOR ()-[r:ORGANIZES]-() ON (r.disputed);
CREATE INDEX invites_disputed IF NOT EXISTS FOR ()-[r:INVITES]-() ON (r.disputed);
CREATE INDEX attends_disputed IF NOT EXISTS FOR ()-[r:ATTENDS]-() ON (r.disputed);
CREATE INDEX boycotts_disputed IF NOT EXISTS FOR ()-[r:BOYCOTTS]-() ON (r.disputed);
CREATE INDEX mediates_disputed IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.disputed);
CREATE INDEX meets_disputed IF NOT EXISTS FOR ()-[r:MEETS]-() ON (r.disputed);
CREATE INDEX supports_disputed IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.disputed);
CREATE INDEX opposes_disputed IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.disputed);
CREATE INDEX demands_disputed IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.disputed);
CREATE INDEX allied_with_disputed IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.disputed);
CREATE INDEX represents_disputed IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.disputed);
CREATE INDEX member_of_disputed IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.disputed);
CREATE INDEX held_in_disputed IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.disputed);
CREATE INDEX refers_to_disputed IF NOT EXISTS FOR ()-[r:REFERS_TO]-() ON (r.disputed);
CREATE INDEX fights_disputed IF NOT EXISTS FOR ()-[r:FIGHTS]-() ON (r.disputed);

// The timeline and the sources read these counts, kept at merge time, instead of every report.
CREATE CONSTRAINT report_day_key IF NOT EXISTS FOR (d:ReportDay) REQUIRE (d.type, d.reported, d.happened) IS UNIQUE;
CREATE CONSTRAINT report_source_key IF NOT EXISTS FOR (s:ReportSource) REQUIRE (s.outlet, s.speaker) IS UNIQUE;
CREATE CONSTRAINT report_counts_name IF NOT EXISTS FOR (c:ReportCounts) REQUIRE c.name IS UNIQUE;
