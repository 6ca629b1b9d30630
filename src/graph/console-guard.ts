/**
 * Console guard.
 *
 * The Cypher console reads the graph and its schema, nothing else: no statement that reaches
 * outside the database (LOAD CSV fetches any URL and can carry data out in it), sees or touches
 * other sessions (SHOW/TERMINATE TRANSACTIONS, dbms.listConnections), the server (SHOW SETTINGS,
 * dbms.listConfig, dbms.queryJmx) or other databases (USE). Neo4j's own EXPLAIN plan is the
 * judge — by operator and by procedure name against an allow-list — so spelling, comments and
 * nesting cannot hide a call; a lexical pass over the text without comments and strings (and with
 * Cypher's `\uXXXX` escapes read as the letters they stand for, as Neo4j reads them in keywords)
 * catches what a plan does not show (USE) or what EXPLAIN may not plan on this server
 * (administration commands such as SHOW USERS or SHOW SERVERS, CALL {…} IN TRANSACTIONS), and
 * refuses LOAD CSV even when EXPLAIN could not plan it.
 */
import type { Database, Params, PlanOperator } from '../db/database.ts';
import { ForbiddenError, QueryError } from '../errors.ts';

/** Procedures that only read the graph or its schema. */
const ALLOWED_PROCEDURES = new Set(
  [
    'db.labels',
    'db.relationshipTypes',
    'db.propertyKeys',
    'db.schema.visualization',
    'db.schema.nodeTypeProperties',
    'db.schema.relTypeProperties',
    'db.index.fulltext.queryNodes',
    'db.index.fulltext.queryRelationships',
    'dbms.components',
  ].map((name) => name.toLowerCase()),
);

/** SHOW commands about this database's schema; every other SHOW or TERMINATE operator is refused. */
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

const WHY = 'the console may only read the graph and its schema';

/**
 * The text with comments, string literals and `quoted names` blanked, so keywords inside them do
 * not count, and `\uXXXX` escapes outside them decoded (`U\u0053E` is USE to Neo4j).
 */
export function cypherCode(query: string): string {
  return query
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:\\[\s\S]|[^'\\])*'?|"(?:\\[\s\S]|[^"\\])*"?|`[^`]*`?/g, (token) =>
      token.startsWith('`') ? '`x`' : ' ',
    )
    .replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `CYPHER 5 runtime=slotted`: a version and key=value options before a statement. */
const CYPHER_OPTIONS = String.raw`CYPHER(?:\s+(?:\d[\w.]*|\w+\s*=\s*[\w.]+))*`;

/** Where a statement or subquery starts: text start, `{`, UNION, EXPLAIN/PROFILE, CYPHER options. */
const CLAUSE_START = String.raw`(?:^|\{|\bUNION(?:\s+(?:ALL|DISTINCT))?|\bEXPLAIN|\bPROFILE|\b${CYPHER_OPTIONS})\s*`;

const USE_CLAUSE = new RegExp(CLAUSE_START + String.raw`USE(?=\s*[\p{L}_\x60])`, 'iu');

/** The SHOW commands about this database's schema, as a statement's first words. */
const SCHEMA_SHOW =
  /^SHOW\s+(?:(?:ALL|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\s+)?INDEX(?:ES)?\b|^SHOW\s+(?:[A-Z]+\s+){0,3}CONSTRAINTS?\b|^SHOW\s+(?:(?:ALL|BUILT\s+IN|USER\s+DEFINED)\s+)?FUNCTIONS?\b|^SHOW\s+(?:ALL\s+)?PROCEDURES?\b/i;

/** Administration and server commands, as a statement's first words: users, roles, databases, servers, settings. */
const SERVER_COMMAND =
  /^(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b|^(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER)\b/i;

export type PlanMode = 'explain' | 'profile';

const PLAN_PREFIX = new RegExp(String.raw`^(\s*(?:${CYPHER_OPTIONS}\s+)?)(EXPLAIN|PROFILE)\s+`, 'i');

/**
 * A query split around a leading EXPLAIN or PROFILE: `CYPHER 5 PROFILE MATCH …` is
 * `{prefix: 'CYPHER 5 ', mode: 'profile', body: 'MATCH …'}`. The guard plans the query without
 * it (EXPLAIN PROFILE is no statement), and the console puts the mode back where Neo4j reads it.
 */
export function splitPlanMode(query: string): { prefix: string; mode: PlanMode | null; body: string } {
  const match = PLAN_PREFIX.exec(query);
  if (!match) return { prefix: '', mode: null, body: query };
  return { prefix: match[1]!, mode: match[2]!.toLowerCase() as PlanMode, body: query.slice(match[0].length) };
}

/** The statement with any leading CYPHER options and EXPLAIN/PROFILE taken off. */
function statementHead(code: string): string {
  return code.replace(new RegExp(String.raw`^\s*(?:${CYPHER_OPTIONS}\s+)?(?:(?:EXPLAIN|PROFILE)\s+)?`, 'i'), '');
}

/** What the text alone shows is refused, or null. */
export function lexicalRefusal(query: string): string | null {
  const code = cypherCode(query);
  if (/\bLOAD\s+CSV\b/i.test(code))
    return `console: LOAD CSV is refused (it fetches URLs outside the database); ${WHY}`;
  if (/\}\s*IN\s+(\S+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) {
    return `console: CALL { … } IN TRANSACTIONS is refused (it writes in batches); ${WHY}`;
  }
  if (USE_CLAUSE.test(code)) return `console: USE is refused (it reaches other databases); ${WHY}`;
  const head = statementHead(code);
  if (SERVER_COMMAND.test(head) && !SCHEMA_SHOW.test(head)) {
    const words = head.trim().split(/\s+/).slice(0, 4);
    const noun = words.findIndex((word) =>
      /^(TRANSACTION|SETTING|USER|ROLE|PRIVILEGE|DATABASE|ALIAS|SERVER)/i.test(word),
    );
    const command = words
      .slice(0, noun === -1 ? 2 : noun + 1)
      .join(' ')
      .toUpperCase();
    return `console: ${command} is refused (it shows or touches other sessions or the server); ${WHY}`;
  }
  return null;
}

function procedureName(details: string): string {
  return details.trim().split('(')[0]!.trim();
}

/** What the plan shows is refused, or null. */
export function planRefusal(operators: PlanOperator[]): string | null {
  for (const { operatorType, details } of operators) {
    const operator = operatorType.split('@')[0]!;
    if (operator === 'LoadCSV') return `console: LOAD CSV is refused (it fetches URLs outside the database); ${WHY}`;
    if (operator === 'TransactionApply' || operator === 'TransactionForeach') {
      return `console: CALL { … } IN TRANSACTIONS is refused (it writes in batches); ${WHY}`;
    }
    if (operator === 'AdministrationCommand') {
      return `console: administration commands are refused (users, roles, databases, servers); ${WHY}`;
    }
    if (operator === 'ProcedureCall') {
      const name = procedureName(details);
      if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) {
        return `console: CALL ${name} is refused (only schema and full-text search procedures are allowed); ${WHY}`;
      }
    }
    if (/^(Show|Terminate)/.test(operator) && !ALLOWED_SHOW.has(operator)) {
      const command = operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
      return `console: ${command} is refused (it shows or touches other sessions or the server); ${WHY}`;
    }
  }
  return null;
}

/** Throws ForbiddenError (403) when the console query reaches outside the graph; nothing of it runs. */
export async function guardConsoleQuery(db: Database, query: string, params: Params): Promise<void> {
  const lexical = lexicalRefusal(query);
  if (lexical) throw new ForbiddenError(lexical);
  // A query with a syntax error cannot run either: its own run then reports the error, with the
  // position in the user's text rather than in the EXPLAIN-prefixed one. Any other failure refuses.
  const { prefix, body } = splitPlanMode(query);
  const plan = await db.explainUserQuery(prefix + body, params).catch((error: unknown) => {
    if (error instanceof QueryError && /SyntaxError/.test(error.neo4jCode)) return null;
    throw error;
  });
  const refusal = plan && planRefusal(plan);
  if (refusal) throw new ForbiddenError(refusal);
}
