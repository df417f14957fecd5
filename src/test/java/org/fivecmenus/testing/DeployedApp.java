package org.fivecmenus.testing;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The built WAR running in a Payara Micro subprocess on a free loopback port, as operators run it. Booting in
 * a subprocess (not in-process) keeps the test classpath out of the server, as stack.md advises.
 */
public final class DeployedApp implements App, AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private DeployedApp(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the WAR with the given configuration (as its environment) and waits until {@code ready} holds for
     * the readiness response, i.e. the application is deployed and its checks registered.
     */
    public static DeployedApp start(String name, AppConfig config, Predicate<HttpResponse<String>> ready) {
        Path war = Paths.get(System.getProperty("app.war", "target/ROOT.war"));
        Path microJar = Paths.get(System.getProperty("payara.microJar", ""));
        if (!Files.isRegularFile(war) || !Files.isRegularFile(microJar)) {
            throw new IllegalStateException("Integration tests need the packaged WAR (" + war + ") and the Payara "
                    + "Micro jar (" + microJar + "): run them with `mvn -B verify`.");
        }
        try {
            int port = freePort();
            Path dir = Files.createDirectories(Paths.get("target", "it-payara"));
            Path preboot = writePreboot();
            Path log = dir.resolve(name + ".log");
            String java = java().toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", microJar.toString(),
                    "--nohazelcast", "--disablephonehome", "--nocluster",
                    "--port", Integer.toString(port), "--prebootcommandfile", preboot.toString(),
                    "--deploy", war.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Only what a JVM needs from this shell: a developer's own DB_URL, CORS_… or VENDOR_… must not leak in.
            Map<String, String> env = builder.environment();
            env.keySet().retainAll(Set.of("PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "JAVA_HOME", "USER"));
            env.putAll(config.variables());
            DeployedApp app = new DeployedApp(name, builder.start(), log, port);
            app.awaitReady(ready);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The java that runs Payara: the pom's {@code payara.jdk} (JDK 25 when Maven runs on an older JDK and one is
     * installed, see the profile jdk25-beside), else this JVM's own. Payara Micro 7 needs JDK 21+.
     */
    static Path java() {
        String home = System.getProperty("payara.jdk", "");
        return Paths.get(home.isBlank() ? System.getProperty("java.home") : home, "bin", "java");
    }

    /**
     * Payara's boot commands for tests: the run command's (src/main/payara/preboot.asadmin), and loopback only,
     * as Payara listens on every interface by default.
     */
    static Path writePreboot() {
        try {
            Path preboot = Files.createDirectories(Paths.get("target", "it-payara")).resolve("preboot.txt");
            Files.writeString(preboot, Files.readString(Paths.get("src", "main", "payara", "preboot.asadmin"))
                    + "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n");
            return preboot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the WAR with the given configuration and waits until its readiness lists the database check. */
    public static DeployedApp start(String name, AppConfig config) {
        return start(name, config, response -> response.statusCode() == 200 && response.body().contains("\"database\""));
    }

    /** Two instances on one configuration (one PostgreSQL and Redis), started at the same moment, as a deploy would. */
    public static DeployedApp[] startTwo(String prefix, AppConfig config) {
        CompletableFuture<DeployedApp> first = CompletableFuture.supplyAsync(() -> connected(prefix + "-one", config));
        CompletableFuture<DeployedApp> second = CompletableFuture.supplyAsync(() -> connected(prefix + "-two", config));
        return new DeployedApp[] {first.join(), second.join()};
    }

    /**
     * Started, and connected to its Redis. Readiness does not wait for Redis (an instance serves from its own
     * memory until Redis answers), but two instances share nothing until both are connected, and that sharing is
     * what a two-instance test is about.
     */
    private static DeployedApp connected(String name, AppConfig config) {
        DeployedApp app = start(name, config);
        try {
            app.awaitRedisConnected(REDIS_TIMEOUT);
            return app;
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /**
     * Waits until the instance's Redis connection is up, as operators see it on /admin/services; fails after
     * {@code limit}, with the server's threads written beside its log, since a connection that never comes is a
     * hang to find.
     */
    public void awaitRedisConnected(Duration limit) {
        AdminSession operator = AdminSession.signedIn(this);
        Instant deadline = Instant.now().plus(limit);
        String cache = "";
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = JsonBodies.object(operator.get("/admin/services").body()).getJsonObject("cache");
            if (state.getBoolean("connected")) {
                return;
            }
            cache = state.toString();
            sleep(200);
        }
        throw new AssertionError("Payara (" + name + ") not connected to Redis within "
                + limit.toSeconds() + " s; cache: " + cache + ". Its threads: "
                + threadDump() + "; log " + log);
    }

    /** The server's threads (jcmd Thread.print) in a file beside its log, or why there are none. */
    private String threadDump() {
        Path file = log.resolveSibling(name + "-threads.txt");
        try {
            Process jcmd = new ProcessBuilder(java().resolveSibling("jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(file.toFile()).start();
            return jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? file.toString() : "jcmd timed out";
        } catch (IOException e) {
            return "none (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "none (interrupted)";
        }
    }

    /** Closes each that was opened, whatever the others do. */
    public static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                // Keep closing the rest.
            }
        }
    }

    private void awaitReady(Predicate<HttpResponse<String>> ready) {
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara (" + name + ") exited with " + process.exitValue()
                        + ". Log " + log + ":\n" + tail());
            }
            try {
                last = get("/health/ready");
                if (ready.test(last)) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // Not listening yet.
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Payara (" + name + ") not ready within " + BOOT_TIMEOUT.toSeconds()
                + " s; last readiness: " + (last == null ? "none" : last.statusCode() + " " + last.body())
                + ". Log " + log + ":\n" + tail());
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String text = Files.exists(log) ? log() : "";
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    /** {@code kill -9}: no shutdown, nothing released. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
