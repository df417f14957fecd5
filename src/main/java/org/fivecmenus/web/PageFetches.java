package org.fivecmenus.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a page's cold menu fetches run side by side. Sized on purpose: it has no queue, so a request thread
 * never waits behind other pages' tasks; when every thread is busy, the request thread makes the call itself
 * (the page is then slower, never stuck). Threads come from the container's managed factory, so they carry
 * its context. {@code pages.fetch-threads} (default 64, the HTTP listener's maximum) bounds the threads.
 */
@ApplicationScoped
public class PageFetches {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "pages.fetch-threads", defaultValue = "64")
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

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
