/**
 * CLI.
 *
 * `parley <command>`: the same functions the API calls, for scripts (`--json`) and people
 * (tables, progress on stderr). See ../shared/DESIGN.md for the contract.
 */
import { Command, Option } from 'commander';
import { loadConfig, type Config } from './config.ts';
import { connectDatabase, localNeo4jHome, openDatabase } from './db/connect.ts';
import type { Database } from './db/database.ts';
import { readLocalState, startDetachedNeo4j, stopDetachedNeo4j } from './db/local-neo4j.ts';
import { ValidationError } from './errors.ts';
import { findPaths } from './graph/find-paths.ts';
import { getCounts, getOverview } from './graph/overview.ts';
import { runCypher } from './graph/run-cypher.ts';
import { disagreementsQuery, graphQuery, nodeQuery, pathsQuery, timelineQuery } from './api/schemas.ts';
import { validate } from './api/validate.ts';
import { loadSeed } from './seed/load-seed.ts';
import { prepareDatabase, startServer } from './server.ts';
import { fail, printJson, printTable } from './cli/output.ts';
import { progressBar, readArticleFile } from './cli/article-files.ts';
import { reviewLines } from './cli/extraction-review.ts';
import { articleBody } from './api/article-routes.ts';
import { extractArticle, ingestArticle, type IngestResult } from './graph/ingest-article.ts';
import { stopSharedParser } from './nlp/parser.ts';
import { findDisagreements } from './graph/disagreements.ts';
import { getTimeline } from './graph/timeline.ts';
import { getEntityDetails } from './graph/entity-details.ts';
import { openWindow } from './graph/report-window.ts';
import { resolveEntity } from './graph/resolve-entity.ts';
import { filterLine, timeFilter, withTimeOptions, type TimeOptions } from './cli/time-options.ts';

const progress = (line: string) => process.stderr.write(line + '\n');

async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await connectDatabase(config, progress);
  try {
    await prepareDatabase(db, progress);
    return await work(db);
  } finally {
    await db.close();
  }
}

function action<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      fail(error);
    }
  };
}

function parseParam(text: string, params: Record<string, unknown>): Record<string, unknown> {
  const at = text.indexOf('=');
  if (at <= 0) throw new ValidationError(`query: --param expects key=value, got '${text}'`);
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the value is the plain string.
  }
  return { ...params, [text.slice(0, at)]: value };
}

const program = new Command('parley')
  .description('Parley: a knowledge-graph explorer for negotiations, backed by Neo4j')
  .showHelpAfterError();

const db = program.command('db').description('the local Neo4j (neo4j-local/), unless NEO4J_URI is set');

db.command('start')
  .description('start the local Neo4j in the background')
  .option('--json', 'print JSON')
  .action(
    action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      if (config.neo4j) throw new ValidationError(`db start: NEO4J_URI is set (${config.neo4j.uri}); nothing to start`);
      const state = await startDetachedNeo4j({
        home: localNeo4jHome(config),
        port: config.localNeo4j.port,
        heap: config.localNeo4j.heap,
        pagecache: config.localNeo4j.pagecache,
        log: progress,
      });
      if (options.json) printJson({ running: true, uri: state.uri });
      else console.log(`Neo4j is running at ${state.uri} (pid ${state.pid}, data in ${state.home}).`);
    }),
  );

db.command('stop')
  .description('stop the local Neo4j')
  .option('--json', 'print JSON')
  .action(
    action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const stopped = await stopDetachedNeo4j(localNeo4jHome(config));
      if (options.json) printJson({ running: false, uri: null });
      else console.log(stopped ? 'Stopped the local Neo4j.' : 'The local Neo4j was not running.');
    }),
  );

db.command('status')
  .description('is Neo4j running, and where')
  .option('--json', 'print JSON')
  .action(
    action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const uri = config.neo4j?.uri ?? readLocalState(localNeo4jHome(config))?.uri ?? null;
      let info = { connected: false, version: null as string | null };
      if (uri) {
        const database = config.neo4j
          ? openDatabase(uri, {
              user: config.neo4j.user,
              password: config.neo4j.password,
              database: config.neo4j.database,
            })
          : openDatabase(uri);
        try {
          info = await database.serverInfo();
        } finally {
          await database.close();
        }
      }
      if (options.json) printJson({ running: info.connected, uri, version: info.version });
      else if (info.connected) console.log(`Neo4j ${info.version} is running at ${uri}.`);
      else console.log(uri ? `Neo4j at ${uri} is not answering.` : 'The local Neo4j is not running.');
    }),
  );

program
  .command('seed')
  .description('load the curated seed graph (idempotent)')
  .option('--json', 'print JSON')
  .action(
    action(async (options: { json?: boolean }) => {
      await withDatabase(loadConfig(), async (database) => {
        const summaries = await loadSeed(database);
        const counts = await getCounts(database);
        const created = summaries.reduce((sum, s) => sum + s.entities.created + s.relations.created, 0);
        if (options.json) printJson({ ...counts, created, files: summaries });
        else
          console.log(
            `Seed loaded: ${counts.nodes} entities, ${counts.relationships} relationships, ${counts.articles} articles ` +
              `(${created === 0 ? 'nothing new' : `${created} created`}).`,
          );
      });
    }),
  );

program
  .command('query')
  .description('run read-only Cypher')
  .argument('<cypher>', 'the query')
  .option('--param <key=value>', 'a parameter (value parsed as JSON when it can be); repeatable', parseParam, {})
  .option('--json', 'print JSON')
  .action(
    action(async (query: string, options: { param: Record<string, unknown>; json?: boolean }) => {
      const config = loadConfig();
      await withDatabase(config, async (database) => {
        const result = await runCypher(database, query, options.param, config.cypher);
        if (options.json)
          printJson({
            columns: result.columns,
            rows: result.rows,
            truncated: result.truncated,
            truncatedBy: result.truncatedBy,
          });
        else {
          printTable(result.columns, result.rows);
          console.log(
            `${result.rows.length} row(s) in ${result.elapsedMs} ms` +
              (result.truncatedBy === 'rows'
                ? ` (cut at ${result.rowLimit}; set PARLEY_CYPHER_ROW_LIMIT for more)`
                : '') +
              (result.truncatedBy === 'bytes'
                ? ` (cut at ${result.byteLimit} bytes; set PARLEY_CONSOLE_MAX_BYTES for more)`
                : ''),
          );
        }
      });
    }),
  );

program
  .command('timeline')
  .description('reports per day for an entity: when reported, when it happened')
  .argument('<entity>', 'entity id')
  .option('--type <type>', 'one relation type')
  .option('--json', 'print JSON')
  .action(
    action(async (entity: string, options: { type?: string; json?: boolean }) => {
      const { entity: id, type } = validate('timeline', timelineQuery, { entity, type: options.type });
      await withDatabase(loadConfig(), async (database) => {
        const timeline = await getTimeline(database, { entity: id ?? null, type: type ?? null });
        if (options.json) return printJson(timeline);
        printTable(
          ['date', 'reported', 'happened'],
          timeline.days.map((day) => [day.date, day.reported, day.happened]),
        );
        console.log(`${timeline.undated} report(s) without an event date`);
      });
    }),
  );

program
  .command('disagreements')
  .description('where the sources disagree, for the whole graph or one entity')
  .argument('[entity]', 'entity id')
  .option('--limit <n>', 'at most this many', '50')
  .option('--json', 'print JSON')
  .action(
    action(async (entity: string | undefined, options: { limit: string; json?: boolean }) => {
      const query = validate('disagreements', disagreementsQuery, { entity, limit: options.limit });
      await withDatabase(loadConfig(), async (database) => {
        const found = await findDisagreements(database, { entity: query.entity ?? null, limit: query.limit });
        if (options.json) return printJson(found);
        printTable(
          ['kind', 'source', 'target', 'side', 'reported', 'speaker', 'sentence'],
          found.disagreements.flatMap((d) =>
            d.sides.flatMap((side) =>
              side.edge.evidence.map((e) => [
                d.kind,
                d.source,
                d.target,
                side.label,
                e.reported ?? '',
                e.attributedTo ?? '',
                e.text,
              ]),
            ),
          ),
        );
        console.log(`${found.total} disagreement(s)`);
      });
    }),
  );

program
  .command('path')
  .description('paths between two entities (ids, names or aliases), each explained with its evidence')
  .argument('<from>')
  .argument('<to>')
  .option('--k <n>', 'how many paths', '3')
  .option('--max-hops <n>', 'longest path, in hops (at most 10)', '6')
  .option('--types <T1,T2>', 'relationship types to follow (default: all)')
  .option('--json', 'print JSON')
  .action(
    action(
      async (
        from: string,
        to: string,
        options: TimeOptions & { k: string; maxHops: string; types?: string; json?: boolean },
      ) => {
        const query = validate('path', pathsQuery, {
          from,
          to,
          k: options.k,
          maxHops: options.maxHops,
          types: options.types,
        });
        const filter = timeFilter('path', options);
        await withDatabase(loadConfig(), async (database) => {
          const result = await findPaths(database, { ...query, window: await openWindow(database, filter) });
          if (options.json) printJson(result);
          else if (result.paths.length === 0) {
            console.log(`No path from ${result.from.name} to ${result.to.name} within ${query.maxHops} hops.`);
          } else {
            result.paths.forEach((path, i) =>
              console.log(`\nPath ${i + 1} (${path.length} hops)\n${path.explanation}`),
            );
          }
          if (!options.json && result.timeFilter) console.log(filterLine(result.timeFilter));
        });
      },
    ),
  );
// The path command just defined reads the graph through the time and sources filter too.
withTimeOptions(program.commands.at(-1)!);

withTimeOptions(
  program
    .command('graph')
    .description('the overview the explorer opens with: the most important entities and their strongest facts')
    .option('--limit <n>', 'at most this many entities', '300')
    .option('--json', 'print JSON'),
).action(
  action(async (options: TimeOptions & { limit: string; json?: boolean }) => {
    const { limit } = validate('graph', graphQuery, { limit: options.limit });
    const filter = timeFilter('graph', options);
    await withDatabase(loadConfig(), async (database) => {
      const overview = await getOverview(database, limit, await openWindow(database, filter));
      if (options.json) return printJson(overview);
      printTable(
        ['source', 'type', 'target', 'reports', 'happened'],
        overview.edges.map((e) => [e.source, e.type, e.target, e.reportCount, e.happened?.start ?? '']),
      );
      console.log(`${overview.nodes.length} of ${overview.total} entities, ${overview.edges.length} facts`);
      if (overview.timeFilter) console.log(filterLine(overview.timeFilter));
    });
  }),
);

withTimeOptions(
  program
    .command('show')
    .description('one entity (id, name or alias) with its facts and the reports behind each')
    .argument('<entity>')
    .option('--edges <n>', 'at most this many facts', '200')
    .option('--json', 'print JSON'),
).action(
  action(async (entity: string, options: TimeOptions & { edges: string; json?: boolean }) => {
    const limits = validate('show', nodeQuery, { edges: options.edges });
    const filter = timeFilter('show', options);
    await withDatabase(loadConfig(), async (database) => {
      const { id } = await resolveEntity(database, entity, 'show');
      const details = await getEntityDetails(database, id, limits, await openWindow(database, filter));
      if (options.json) return printJson(details);
      console.log(`${details.node.name} (${details.node.type})`);
      printTable(
        ['source', 'type', 'target', 'reported', 'happened', 'speaker', 'sentence'],
        details.edges.flatMap((e) =>
          e.evidence.map((r) => [
            e.source,
            e.type,
            e.target,
            r.reported ?? '',
            r.happened?.start ?? '',
            r.attributedTo ?? '',
            r.text,
          ]),
        ),
      );
      console.log(`${details.edges.length} of ${details.edgeTotal} facts`);
      if (details.timeFilter) console.log(filterLine(details.timeFilter));
    });
  }),
);

interface ArticleOptions {
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
  json?: boolean;
}

function articleInput(text: string, options: ArticleOptions) {
  const { text: _text, ...meta } = validate('ingest', articleBody, {
    text,
    title: options.title,
    url: options.url,
    published: options.published,
    outlet: options.outlet,
  });
  void _text;
  return { text, ...meta };
}

function withArticleOptions(command: Command): Command {
  return command
    .option('--title <title>', 'the article title (default: its first line)')
    .option('--url <url>', 'where the article was published')
    .option('--published <YYYY-MM-DD>', 'publication date (default: the dateline)')
    .option('--outlet <name>', 'the news outlet')
    .option('--json', 'print JSON');
}

withArticleOptions(
  program
    .command('extract')
    .description('extract entities and relations from an article (no database needed)')
    .argument('<file>'),
).action(
  action(async (file: string, options: ArticleOptions) => {
    const extraction = await extractArticle(articleInput(readArticleFile(file), options));
    if (options.json) return printJson(extraction);
    console.log(`${extraction.article.title} (${extraction.article.published ?? 'undated'})`);
    printTable(
      ['id', 'type', 'name'],
      extraction.entities.map((entity) => [entity.id, entity.type, entity.name]),
    );
    console.log();
    for (const line of reviewLines(extraction)) console.log(line);
    for (const warning of extraction.warnings) console.log(`warning: ${warning}`);
    if (extraction.dropped.length > 0)
      console.log(`dropped ${extraction.dropped.length} line(s) that are not the report`);
  }),
);

withArticleOptions(
  program
    .command('ingest')
    .description('extract articles and merge them into the graph, one transaction each')
    .argument('<files...>')
    .option('--dry-run', 'show what would be added; write nothing'),
).action(
  action(async (files: string[], options: ArticleOptions & { dryRun?: boolean }) => {
    if (files.length > 1 && (options.title || options.url)) {
      throw new ValidationError('ingest: --title and --url name one article; give one file with them');
    }
    const texts = files.map((file) => ({ file, text: readArticleFile(file) }));
    await withDatabase(loadConfig(), async (database) => {
      const results: IngestResult[] = [];
      const tick = progressBar(texts.length);
      for (const [i, { file, text }] of texts.entries()) {
        results.push(await ingestArticle(database, articleInput(text, options), { dryRun: !!options.dryRun }));
        tick(i + 1, file);
      }
      if (options.json)
        return printJson(results.length === 1 ? results[0] : results.map((r, i) => ({ file: files[i], ...r })));
      if (options.dryRun)
        for (const [i, r] of results.entries()) {
          console.log(`\n${files[i]}: ${r.article.title} (${r.article.published ?? 'undated'})`);
          for (const line of reviewLines(r.extraction)) console.log(line);
          console.log();
        }
      printTable(
        ['file', 'article', 'entities', 'relations', 'new entities', 'new relations', 'new reports'],
        results.map((r, i) => [
          files[i],
          r.article.title,
          r.extraction.entities.length,
          r.extraction.relations.length,
          r.created.entities,
          r.created.relations,
          r.merged.relations,
        ]),
      );
      const sum = (pick: (r: IngestResult) => number) => results.reduce((total, r) => total + pick(r), 0);
      console.log(
        options.dryRun
          ? `Dry run: nothing written (${sum((r) => r.extraction.relations.length)} relations found).`
          : `Ingested ${results.length} article(s): ${sum((r) => r.created.entities)} new entities, ` +
              `${sum((r) => r.created.relations)} new relations, ${sum((r) => r.merged.relations)} new reports of known facts.`,
      );
    });
  }),
);

program
  .command('serve')
  .description('serve the web app and the API')
  .addOption(new Option('--port <n>', 'port (default: PORT or 3000)'))
  .addOption(new Option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)'))
  .action(
    action(async (options: { port?: string; host?: string }) => {
      if (options.port) process.env.PORT = options.port;
      if (options.host) process.env.HOST = options.host;
      const running = await startServer(loadConfig(), progress);
      console.log(`Parley is ready: ${running.url}`);
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        progress('Stopping...');
        await running.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
  );

await program.parseAsync(process.argv);
// The parser JVM started on first use; `serve` stays up until its signal handler exits.
if (program.args[0] !== 'serve') await stopSharedParser();
