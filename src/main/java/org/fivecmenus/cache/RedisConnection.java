package org.fivecmenus.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.netty.util.concurrent.EventExecutorGroup;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One shared, thread-safe Lettuce connection (string keys, byte values), configured so that a Redis outage
 * costs a request at most the command timeout: commands are rejected (not queued) while disconnected, the
 * queue is bounded, and a first connect that fails is retried with backoff, since Lettuce only reconnects
 * connections that were once established.
 *
 * <p>Connecting, retrying and switching tracking on run on Lettuce's own threads and never wait. They used to
 * be tasks of the server's default managed scheduler, which has one thread (Payara's core-pool-size 0): the
 * first connect held that thread for as long as Lettuce's handshake took (up to 60 s) and waited behind any
 * other task there, while the instance served from its own memory and shared nothing with the others.
 *
 * <p>The connection asks Redis to track the keys under {@link #TRACKED_PREFIXES} (RESP3 client-side caching,
 * broadcast mode, not told of its own writes): Redis then pushes the name of every such key that anyone sets,
 * deletes or lets expire, and this instance drops its own copy. After a reconnect tracking is switched on
 * again and {@link #generation()} moves on, since changes made meanwhile went unheard.
 */
public class RedisConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final List<String> TRACKED_PREFIXES = List.of("menu:", "hours:", "feed:");
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final RedisURI uri;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile String lastError = "connecting";
    private volatile boolean tracking;
    private volatile long generation;
    private volatile boolean closed;

    public RedisConnection(String url, Duration commandTimeout) {
        this.uri = RedisURI.create(url);
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
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                // A reconnect of the established connection (the first connect is handled in connect()).
                if (connection != null && handler == connection) {
                    afterReconnect();
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                if (handler == connection) {
                    tracking = false;
                }
            }
        });
    }

    /** Starts connecting in the background; the application does not wait for Redis. */
    public void start() {
        lettuceThreads().execute(() -> connect(FIRST_BACKOFF));
    }

    private EventExecutorGroup lettuceThreads() {
        return client.getResources().eventExecutorGroup();
    }

    private void connect(Duration backoff) {
        if (closed) {
            return;
        }
        try {
            client.connectAsync(CODEC, uri).whenComplete((opened, failure) -> {
                if (failure != null) {
                    retryLater(failure, backoff);
                } else {
                    connected(opened);
                }
            });
        } catch (RuntimeException e) {
            retryLater(e, backoff);
        }
    }

    private void connected(StatefulRedisConnection<String, byte[]> opened) {
        if (closed) {
            opened.closeAsync();
            return;
        }
        opened.addListener(message -> {
            if ("invalidate".equals(message.getType())) {
                List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
                Object keys = content.size() > 1 ? content.get(1) : null;
                if (keys instanceof List<?> list) {
                    list.forEach(key -> notifyChanged(String.valueOf(key)));
                } else {
                    notifyChanged(null);
                }
            }
        });
        connection = opened;
        lastError = null;
        enableTracking(() -> LOG.info(() -> "Redis connected at " + describe()
                + (tracking ? ", tracking changes" : "")));
    }

    private void retryLater(Throwable failure, Duration backoff) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        lastError = cause.getMessage();
        if (closed) {
            return;
        }
        LOG.log(Level.WARNING, "Redis at " + describe() + " is not answering (" + cause.getMessage()
                + "); serving from this instance's memory, retrying in " + backoff.toSeconds() + " s");
        Duration next = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        lettuceThreads().schedule(() -> connect(next), backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void afterReconnect() {
        generation++;
        enableTracking(() -> LOG.info(() -> "Redis reconnected at " + describe()
                + "; copies kept meanwhile are checked before use"));
    }

    /** Asks Redis to track changes, then runs {@code then}; on Lettuce's threads, so it never waits. */
    private void enableTracking(Runnable then) {
        StatefulRedisConnection<String, byte[]> current = connection;
        if (current == null) {
            return;
        }
        current.async().clientTracking(TrackingArgs.Builder.enabled().bcast()
                        .prefixes(TRACKED_PREFIXES.toArray(String[]::new)).noloop())
                .whenComplete((ok, failure) -> {
                    tracking = failure == null;
                    if (failure != null) {
                        LOG.warning(() -> "Redis at " + describe() + " does not track changes (" + failure
                                + "; Redis 6 or later with RESP3 does): this instance trusts its own copies for a"
                                + " second only");
                    }
                    then.run();
                });
    }

    private void notifyChanged(String key) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change listener failed for " + key, e);
            }
        }
    }

    void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** The commands, while the connection is up. */
    Optional<RedisAsyncCommands<String, byte[]>> commands() {
        StatefulRedisConnection<String, byte[]> current = connection;
        return current != null && current.isOpen() ? Optional.of(current.async()) : Optional.empty();
    }

    public boolean connected() {
        StatefulRedisConnection<String, byte[]> current = connection;
        return current != null && current.isOpen();
    }

    boolean tracking() {
        return tracking;
    }

    long generation() {
        return generation;
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
