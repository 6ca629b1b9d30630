package parley;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Local.
 *
 * <p>Runs Neo4j Community embedded with only the Bolt connector, bound to 127.0.0.1, so that Parley needs no
 * separately installed database. Prints one line {@code NEO4J_READY bolt://127.0.0.1:PORT} once Bolt accepts
 * connections; stops cleanly on SIGTERM and when standard input closes (the parent process died).
 *
 * <p>Locked down for a laptop: LOAD CSV can read no file and reach no address (every IPv4 and IPv6 address is on
 * Cypher's blocklist, so a query cannot fetch local services or carry data out in a URL), one transaction may hold
 * at most {@code --tx-max-memory} and all of them together at most {@code --tx-total-memory} (a runaway query fails
 * with a memory error instead of taking the JVM down), and no usage reports are sent.
 *
 * <p>Usage: {@code java -jar neo4j-local.jar --home DIR [--port N] [--pagecache 256m] [--tx-timeout-seconds 60]
 * [--tx-max-memory 256m] [--tx-total-memory 60%-of-heap] [--allow-csv-import]}
 */
public final class Neo4jLocal {
    private Neo4jLocal() {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path home = options.home.toAbsolutePath();
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.allow_file_urls, options.csvImport)
                .setConfig(
                        GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(options.txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMaxMemory)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txTotalMemory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecache)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports =
                ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int boundPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + boundPort);
        System.out.flush();

        if (options.watchStdin) {
            waitForStdinToClose();
            System.exit(0);
        }
    }

    /** A crashed parent closes our stdin; exiting then means no orphan JVM keeps the store locked. */
    private static void waitForStdinToClose() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end of input.
        }
    }

    private static final class Options {
        Path home;
        int port = 0;
        long pagecache = ByteUnit.mebiBytes(256);
        long txTimeoutSeconds = 60;
        long txMaxMemory = ByteUnit.mebiBytes(256);
        // Queries together get 60% of the heap; the rest stays for Neo4j's own caches and structures.
        long txTotalMemory = Runtime.getRuntime().maxMemory() * 6 / 10;
        boolean watchStdin = true;
        // Only the bench's LOAD CSV baseline turns this on; it reads files under HOME/import, nothing else.
        boolean csvImport = false;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--home" -> options.home = Path.of(value(args, ++i, arg));
                    case "--port" -> options.port = Integer.parseInt(value(args, ++i, arg));
                    case "--pagecache" -> options.pagecache = ByteUnit.parse(value(args, ++i, arg));
                    case "--tx-timeout-seconds" -> options.txTimeoutSeconds = Long.parseLong(value(args, ++i, arg));
                    case "--tx-max-memory" -> options.txMaxMemory = ByteUnit.parse(value(args, ++i, arg));
                    case "--tx-total-memory" -> options.txTotalMemory = ByteUnit.parse(value(args, ++i, arg));
                    case "--no-stdin-watch" -> options.watchStdin = false;
                    case "--allow-csv-import" -> options.csvImport = true;
                    default -> fail("unknown option " + arg);
                }
            }
            if (options.home == null) {
                fail("--home DIR is required");
            }
            if (options.port < 0 || options.port > 65535) {
                fail("--port must be between 0 and 65535");
            }
            return options;
        }

        private static String value(String[] args, int index, String name) {
            if (index >= args.length) {
                fail(name + " needs a value");
            }
            return args[index];
        }

        private static void fail(String message) {
            System.err.println("neo4j-local: " + message);
            System.exit(2);
        }
    }
}
