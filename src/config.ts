/**
 * Configuration.
 *
 * Every setting Parley reads from the environment, parsed once, with its default. The README's
 * configuration table lists the same names.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The memory a local Neo4j gets unless told otherwise (PARLEY_NEO4J_HEAP, PARLEY_NEO4J_PAGECACHE). */
export const LOCAL_NEO4J_MEMORY = { heap: '1g', pagecache: '1200m' } as const;

export interface Neo4jServerConfig {
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string | undefined;
}

export interface Config {
  host: string;
  /** Extra Host names to answer besides loopback and `host` (PARLEY_ALLOWED_HOSTS, comma-separated). */
  allowedHosts: string[];
  port: number;
  /** An external Neo4j (NEO4J_URI and friends); undefined means the embedded neo4j-local. */
  neo4j: Neo4jServerConfig | undefined;
  dataDir: string;
  localNeo4j: { heap: string; pagecache: string; port: number };
  cypher: { timeoutMs: number; rowLimit: number; maxBytes: number };
  /** Deadline of one database read by a route (PARLEY_DB_READ_TIMEOUT_MS); past it, a 503. */
  dbReadTimeoutMs: number;
  /** The console's share of the driver pool (see src/graph/console-budget.ts). */
  consoleBudget: { perClient: number; total: number; queue: number };
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`config: ${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

/** Half the console's slots per client, so one client cannot hold them all; a queue as long again. */
function consoleBudget(total: number): Config['consoleBudget'] {
  return { perClient: Math.max(1, Math.floor(total / 2)), total, queue: total };
}

export function loadConfig(): Config {
  const uri = process.env.NEO4J_URI?.trim();
  return {
    host: process.env.HOST?.trim() || '127.0.0.1',
    allowedHosts: (process.env.PARLEY_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    port: integer('PORT', 3000, 0, 65535),
    neo4j: uri
      ? {
          uri,
          user: process.env.NEO4J_USER || undefined,
          password: process.env.NEO4J_PASSWORD || undefined,
          database: process.env.NEO4J_DATABASE || undefined,
        }
      : undefined,
    dataDir: path.resolve(process.env.PARLEY_DATA_DIR?.trim() || path.join(PROJECT_ROOT, 'data')),
    localNeo4j: {
      heap: process.env.PARLEY_NEO4J_HEAP?.trim() || LOCAL_NEO4J_MEMORY.heap,
      pagecache: process.env.PARLEY_NEO4J_PAGECACHE?.trim() || LOCAL_NEO4J_MEMORY.pagecache,
      port: integer('PARLEY_NEO4J_PORT', 0, 0, 65535),
    },
    cypher: {
      timeoutMs: integer('PARLEY_CYPHER_TIMEOUT_MS', 15_000, 100, 600_000),
      rowLimit: integer('PARLEY_CYPHER_ROW_LIMIT', 1_000, 1, 100_000),
      maxBytes: integer('PARLEY_CONSOLE_MAX_BYTES', 5_000_000, 1_000, 500_000_000),
    },
    dbReadTimeoutMs: integer('PARLEY_DB_READ_TIMEOUT_MS', 10_000, 500, 600_000),
    consoleBudget: consoleBudget(integer('PARLEY_CONSOLE_CONCURRENCY', 4, 1, 50)),
  };
}
