package org.fivecmenus.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The PostgreSQL and Redis the integration tests run against ({@link ServicesChoice}): DB_URL / DB_USER /
 * DB_PASSWORD and REDIS_URL when set; else containers where a Docker engine answers; else the standard local
 * ports with the test database that {@code .ci/services} creates.
 *
 * <p>The tests wipe what they use, so they refuse a database whose name does not end in {@code _test}.
 */
public record TestServices(String dbUrl, String dbUser, String dbPassword, String redisUrl) {

    private static final String HOW_TO_START = "Start PostgreSQL and Redis on 127.0.0.1 and create the test database "
            + "with `bash .ci/services`, or point DB_URL/DB_USER/DB_PASSWORD and REDIS_URL at throwaway services.";

    /** Chosen once per test run: probing for a Docker engine takes a moment. */
    private static final class Chosen {
        static final ServicesChoice.Source SOURCE = ServicesChoice.choose(System.getenv(), Containers::dockerAvailable);
    }

    public static TestServices fromEnvironment() {
        Map<String, String> env = System.getenv();
        if (Chosen.SOURCE == ServicesChoice.Source.CONTAINERS) {
            return Containers.services();
        }
        return new TestServices(
                env.getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/menus_test"),
                env.getOrDefault("DB_USER", "menus"),
                env.getOrDefault("DB_PASSWORD", "menus"),
                env.getOrDefault("REDIS_URL", "redis://127.0.0.1:6379/13"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** SQL run against the test database. */
    public interface Sql {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Changes the hours tables by hand, as an operator would, and announces it as the README says
     * ({@code INCR hours:version}); returns once the app shows the change for that date, failing after 5 s.
     */
    public void changeHours(App app, String date, Sql change) {
        String before = app.get("/api/v2/hours?date=" + date).body();
        try (Connection connection = connect()) {
            change.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        withRedis(redis -> redis.sync().incr("hours:version"));
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(5);
        while (app.get("/api/v2/hours?date=" + date).body().equals(before)) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("The app did not show the hours changed for " + date + " within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The same database, in a schema of its own (emptied first), and the given Redis: what one application
     * stores never shows in another's answers, and each migrates an empty schema of its own.
     */
    public TestServices isolated(String schema, String redis) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException("schema " + schema);
        }
        String database = URI.create(dbUrl.substring("jdbc:".length())).getPath().replaceFirst("^/", "");
        if (!database.endsWith("_test")) {
            throw new IllegalStateException("Refusing to run integration tests against database '" + database
                    + "' (" + dbUrl + "): the tests wipe schemas in it, so its name must end in _test.");
        }
        // Fails with instructions, never skips: a skipped integration test proves nothing.
        DriverManager.setLoginTimeout(5);
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not usable at " + dbUrl + " (" + e.getMessage() + "). "
                    + HOW_TO_START, e);
        }
        return new TestServices(dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, dbUser,
                dbPassword, redis);
    }

    public void withRedis(java.util.function.Consumer<StatefulRedisConnection<String, String>> work) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(3));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            work.accept(connection);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Redis is not answering at " + redisUrl + " (" + e.getMessage() + "). "
                    + HOW_TO_START, e);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    /** The same Redis server, another of its databases (a Redis URL ends in its database number). */
    public TestServices withRedisDatabase(int database) {
        URI uri = URI.create(redisUrl);
        return new TestServices(dbUrl, dbUser, dbPassword, uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database);
    }

    /** {@link #isolated} on this Redis, emptied first. */
    public TestServices isolatedWithRedis(String schema) {
        TestServices isolated = isolated(schema, redisUrl);
        isolated.withRedis(redis -> redis.sync().flushdb());
        return isolated;
    }
}
