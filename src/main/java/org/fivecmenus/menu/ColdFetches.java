package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where cold menus are fetched for requests: a page's side by side, and the API's off the request thread (its
 * waiters hold no thread). Sized on purpose: it has no queue, so work never waits behind other work; when every
 * thread is busy, the request thread makes the call itself (slower, never stuck). Threads come from the
 * container's managed factory, so they carry its context. {@code menus.fetch-threads} (default 64, the HTTP
 * listener's maximum) bounds them.
 */
@ApplicationScoped
public class ColdFetches implements Executor {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "menus.fetch-threads", defaultValue = "64")
    int maximum;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        executor = new ThreadPoolExecutor(0, maximum, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    @Override
    public void execute(Runnable work) {
        executor.execute(work);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
