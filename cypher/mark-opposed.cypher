// mark-opposed: facts of opposed types for the same pair (ATTENDS/BOYCOTTS, SUPPORTS/OPPOSES) cannot
// both hold; when both have a positive report each is marked `opposed` and `disputed`, in the
// merge's transaction. $relations: [{source, type, target, opposite}] for the merged facts.
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.source})-[r:$(rel.type)]->(t:Entity {id: rel.target})
MATCH (s)-[o:$(rel.opposite)]->(t)
WHERE r.positive AND o.positive
SET r.opposed = true, r.disputed = true, o.opposed = true, o.disputed = true
RETURN count(*) AS marked
