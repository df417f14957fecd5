package org.fivecmenus.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.problem.Causes;
import org.fivecmenus.problem.DatabaseUnavailableException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Owns the database: chooses PostgreSQL (when {@code db.url} is set) or Payara's embedded H2, migrates the
 * schema with Flyway, and builds the JPA unit over that data source.
 *
 * <p>The unit is bootstrapped here rather than by the container because a container-managed unit takes the
 * whole application down when PostgreSQL is unreachable at deploy time, leaving Payara answering 404 to
 * everything without saying why. Tried again on Payara Micro 6.2025.10 (EclipseLink 4.0.7.payara-p1): a JTA
 * unit on an application {@code @DataSourceDefinition} (initial and minimum pool size 0, {@code
 * eclipselink.target-database=PostgreSQL}, {@code eclipselink.deploy-on-startup=false}) still logs into the
 * database while the WAR deploys; with PostgreSQL refusing connections that fails (EclipseLink-4002, "Error
 * in allocating a connection"), nothing is deployed and every path answers 404, so {@code DatabaseDownIT}
 * cannot hold. Here the application deploys, logs the failure loudly, reports readiness DOWN, answers 503
 * problems, and keeps retrying until the database comes back.
 *
 * <p>Longer than 250 lines because choosing the data source, migrating, building the unit, retrying
 * while the database is down and translating its failures into 503s are one life cycle that must agree on
 * its state (see docs/decisions.md on why the unit is not container-managed).
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final String PERSISTENCE_XML = "META-INF/menus-persistence.xml";

    @Inject
    @ConfigProperty(name = "db.url")
    Optional<String> url;

    /** Migrations written in Java, found through CDI so that this package names none of them. */
    @Inject
    @Any
    Instance<JavaMigration> javaMigrations;

    @Inject
    @ConfigProperty(name = "db.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "db.pool-size")
    int poolSize;

    @Inject
    @ConfigProperty(name = "db.connect-timeout")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "db.retry-interval")
    Duration retryInterval;

    @Inject
    @ConfigProperty(name = "db.query-timeout")
    Duration queryTimeout;

    /**
     * The server's default data source, the embedded default's database: looked up only when {@code db.url} is
     * unset, never injected, because not every server defines one (Open Liberty has none unless server.xml
     * configures a {@code DefaultDataSource}); an injected reference that cannot be resolved would fail the bean.
     */
    static final String EMBEDDED_JNDI = "java:comp/DefaultDataSource";

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile DataSource dataSource;
    private volatile EntityManagerFactory factory;
    private volatile String failure = "not started yet";
    private volatile String schemaVersion;
    private ScheduledFuture<?> retry;
    private boolean closed;

    synchronized void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            dataSource = url.filter(u -> !u.isBlank()).map(this::postgres).orElseGet(Database::embedded);
        } catch (NoEmbeddedDatabase e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "DATABASE MISSING: " + failure + ". The API answers 503 and readiness reports DOWN.");
            return;
        } catch (RuntimeException e) {
            failure = "DB_URL " + withoutQuery(url.orElse("")) + " is not usable: " + Causes.rootMessage(e);
            LOG.log(Level.SEVERE, "DATABASE MISCONFIGURED: " + failure
                    + ". Expected jdbc:postgresql://host:port/database. The API answers 503 and readiness reports DOWN.", e);
            return;
        }
        LOG.info(() -> "Database: " + describe());
        if (!connect()) {
            retry = scheduler.scheduleWithFixedDelay(this::retryConnect,
                    retryInterval.toMillis(), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The server's default data source, or a failure saying that this server has none and what to set. */
    private static DataSource embedded() {
        try {
            return InitialContext.doLookup(EMBEDDED_JNDI);
        } catch (NamingException | RuntimeException e) {
            throw new NoEmbeddedDatabase("this server has no default data source (" + EMBEDDED_JNDI + ": "
                    + Causes.rootMessage(e) + ") for the embedded default; set DB_URL, DB_USER and DB_PASSWORD to "
                    + "use PostgreSQL, or define the server's DefaultDataSource");
        }
    }

    private static final class NoEmbeddedDatabase extends RuntimeException {
        NoEmbeddedDatabase(String message) {
            super(message);
        }
    }

    private DataSource postgres(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only PostgreSQL URLs (jdbc:postgresql://…) are supported");
        }
        // The driver is handed over as a DataSource: java.sql.DriverManager does not see drivers packaged in a WAR.
        PGSimpleDataSource driver = new PGSimpleDataSource();
        driver.setURL(jdbcUrl);
        user.ifPresent(driver::setUser);
        password.ifPresent(driver::setPassword);
        driver.setConnectTimeout((int) Math.max(1, connectTimeout.toSeconds()));
        driver.setLoginTimeout((int) Math.max(1, connectTimeout.toSeconds()));
        // A partitioned or frozen server must cost a request seconds, not forever.
        driver.setSocketTimeout((int) Math.max(1, queryTimeout.toSeconds() * 2));
        driver.setOptions("-c statement_timeout=" + queryTimeout.toMillis());
        HikariConfig config = new HikariConfig();
        config.setPoolName("menus");
        config.setDataSource(driver);
        config.setValidationTimeout(2000);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectTimeout.toMillis());
        // Build the pool even when PostgreSQL is down; connect() reports and retries instead.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private synchronized void retryConnect() {
        if (factory == null && connect() && retry != null) {
            retry.cancel(false);
        }
    }

    private synchronized boolean connect() {
        if (dataSource == null || closed) {
            return false;
        }
        EntityManagerFactory created = null;
        try {
            // Some servers' class loaders (Open Liberty's) cannot be listed: Flyway then finds the folder through
            // the empty db/migration/flyway.location marker (and db/callback/flyway.location quiets the ERROR it
            // logs when its default callback folder, which it always scans, cannot be found). Finding no migration
            // at all is a failure, never an empty schema that readiness would call UP.
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // Migrations written in Java by other packages (the campus file's halls and hours).
                    .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            var current = flyway.info().current();
            if (current == null || current.getVersion() == null) {
                throw new IllegalStateException("no schema: Flyway found no migration in classpath:db/migration "
                        + "(the server's class loader hides the folder?)");
            }
            schemaVersion = current.getVersion().getVersion();
            Map<String, Object> properties = new HashMap<>();
            properties.put("eclipselink.persistencexml", PERSISTENCE_XML);
            properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            created = Persistence.createEntityManagerFactory("menus", properties);
            created.createEntityManager().close();
            factory = created;
            failure = null;
            LOG.info(() -> "Database ready: " + describe() + ", schema version " + schemaVersion);
            return true;
        } catch (RuntimeException e) {
            if (created != null) {
                created.close();
            }
            failure = Causes.rootMessage(e);
            LOG.log(Level.SEVERE, "DATABASE UNAVAILABLE (" + describe() + "): " + failure
                    + ". The API answers 503 and readiness reports DOWN until it connects; retrying every "
                    + retryInterval.toSeconds() + " s.", e);
            return false;
        }
    }

    /** Reads without a transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = entityManagers().createEntityManager();
        try {
            return work.apply(em);
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            em.close();
        }
    }

    /** Runs the work in one transaction, rolled back if it throws. */
    public <T> T transaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagers().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void transaction(Consumer<EntityManager> work) {
        transaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** A live check for readiness: the schema is migrated and a connection answers now. */
    public DatabaseState state() {
        if (factory == null || dataSource == null) {
            return new DatabaseState(false, kind(), schemaVersion, failure);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return new DatabaseState(valid, kind(), schemaVersion, valid ? null : "connection is not valid");
        } catch (SQLException e) {
            return new DatabaseState(false, kind(), schemaVersion, Causes.rootMessage(e));
        }
    }

    public String kind() {
        return url.filter(u -> !u.isBlank()).isPresent() ? "postgresql" : "embedded-h2";
    }

    private String describe() {
        return dataSource instanceof HikariDataSource ? "PostgreSQL at " + withoutQuery(url.orElse(""))
                : "embedded H2 (java:comp/DefaultDataSource)";
    }

    /** A JDBC URL's query may carry a password; logs and health output never show it. */
    private static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private EntityManagerFactory entityManagers() {
        EntityManagerFactory current = factory;
        if (current == null) {
            throw new DatabaseUnavailableException();
        }
        return current;
    }

    /**
     * A lost connection, a timeout or a cancelled statement is the database being unavailable (503), whichever
     * exception type the JPA provider wraps it in; anything else is a bug and stays what it is.
     */
    private RuntimeException translate(RuntimeException e) {
        if (e instanceof DatabaseUnavailableException) {
            return e;
        }
        if (unavailable(e)) {
            LOG.log(Level.WARNING, "Database unavailable during a request: " + Causes.rootMessage(e));
            return new DatabaseUnavailableException();
        }
        return e;
    }

    /**
     * Whether a failure means the database is not usable now rather than a bug: a lost or refused connection, a
     * timeout or cancelled statement, or a table that is not there (the schema is missing: PostgreSQL 42P01,
     * H2 42S02), which no retry of the request fixes but an operator does.
     */
    static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketTimeoutException
                    || (state != null && (state.startsWith("08") || state.equals("57014") || state.startsWith("57P")
                            || state.equals("42P01") || state.equals("42S02")))) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (retry != null) {
            retry.cancel(true);
        }
        if (factory != null) {
            factory.close();
        }
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }
}
