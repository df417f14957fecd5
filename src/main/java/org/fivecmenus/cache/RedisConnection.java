package org.fivecmenus.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One shared, thread-safe Lettuce connection, configured so that a Redis outage costs a request at most the
 * command timeout: commands are rejected (not queued) while disconnected, the queue is bounded, and a first
 * connect that fails is retried in the background with backoff, since Lettuce only reconnects connections
 * that were once established.
 */
public class RedisConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final RedisClient client;
    private final RedisURI uri;
    private final ScheduledExecutorService scheduler;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile String lastError = "connecting";
    private volatile boolean closed;

    public RedisConnection(String url, Duration commandTimeout, ScheduledExecutorService scheduler) {
        this.uri = RedisURI.create(url);
        this.scheduler = scheduler;
        this.client = RedisClient.create();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(1024)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(1))
                        .keepAlive(true)
                        .build())
                .build());
    }

    /** Starts connecting in the background; the application does not wait for Redis. */
    public void start() {
        scheduler.execute(() -> connect(Duration.ofSeconds(1)));
    }

    private void connect(Duration backoff) {
        if (closed) {
            return;
        }
        try {
            connection = client.connect(uri);
            lastError = null;
            LOG.info(() -> "Redis connected at " + describe());
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            LOG.log(Level.WARNING, "Redis at " + describe() + " is not answering (" + e.getMessage()
                    + "); serving from the in-process cache, retrying in " + backoff.toSeconds() + " s");
            Duration next = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            scheduler.schedule(() -> connect(next), backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The commands, while the connection is up. */
    public Optional<RedisAsyncCommands<String, String>> commands() {
        StatefulRedisConnection<String, String> current = connection;
        return current != null && current.isOpen() ? Optional.of(current.async()) : Optional.empty();
    }

    public boolean connected() {
        StatefulRedisConnection<String, String> current = connection;
        return current != null && current.isOpen();
    }

    public String lastError() {
        return connected() ? null : (connection == null ? lastError : "disconnected, reconnecting");
    }

    public String describe() {
        return uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }

    @Override
    public void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
