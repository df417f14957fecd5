package org.fivecmenus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, on a free loopback port with its data in a temporary directory, that
 * the test may stop and start under a running application: the shared one is never stopped. Uses Debian's
 * server binaries (installed by {@code .ci/services}); as root it runs them as the {@code postgres} user,
 * since PostgreSQL refuses to run as root.
 */
public final class OwnPostgres implements AutoCloseable {

    private static final String DATABASE = "menus";

    private final Path bin;
    private final Path dir;
    private final int port;

    private OwnPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    public static OwnPostgres start(String name) {
        Path bin = serverBinaries();
        try {
            Path dir = Files.createTempDirectory("menus-pg-" + name + "-");
            int port;
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            OwnPostgres postgres = new OwnPostgres(bin, dir, port);
            if (root()) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            postgres.asServerUser("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-sync");
            postgres.startAgain();
            try (Connection connection = DriverManager.getConnection(postgres.url("postgres"), "postgres", "");
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE DATABASE " + DATABASE);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Own PostgreSQL did not accept a connection", e);
        }
    }

    /** The JDBC address of its test database, for {@code DB_URL}; user {@code postgres}, no password. */
    public String jdbcUrl() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again) on the same port and data, and waits until it accepts connections. */
    public void startAgain() {
        asServerUser("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "-t", "30",
                "start");
    }

    /** Stops it the way an operator's restart would: connections are cut, nothing committed is lost. */
    public void stop() {
        asServerUser("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "-t", "30", "stop");
    }

    private void asServerUser(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(Arrays.asList(args));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path serverBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql; "
                    + "`bash .ci/services` installs them.", e);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // Stopped by the test, or never started: nothing to stop.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
