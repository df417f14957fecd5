package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the work that requests wait for runs, off the request threads: a cold day's vendor call (one per day,
 * however many wait for it) and the stored copy served when a wait runs out. Requests suspend meanwhile, so a
 * burst on a cold day holds no request thread, and the background ({@link Refreshes}) has executors of its own.
 *
 * <p>The tasks run on at most {@code menus.fetch-threads} managed platform threads; the rest queue (a cold day's
 * call needs one thread however many requests wait for it, so only distinct cold days ever queue). With
 * {@code menus.virtual-threads} on a JDK that has them (21 and later) each task gets a virtual thread instead,
 * in the container's context captured once by its {@link ContextService}. That is off by default: Payara's
 * web-application class loaders are not parallel-capable, and a virtual thread that waits for one while the JVM
 * loads a class pins its carrier. With as many carriers as cores, two such waits stalled every virtual thread,
 * the loader's holder included, for about a minute (JDK 25, Payara 7, TwoInstancesIT; a thread dump showed it).
 */
@ApplicationScoped
public class RequestFetches implements Executor {

    private static final Logger LOG = Logger.getLogger(RequestFetches.class.getName());

    @Resource
    ManagedThreadFactory managedThreads;

    @Resource
    ContextService context;

    @Inject
    @ConfigProperty(name = "menus.fetch-threads")
    int platformThreads;

    @Inject
    @ConfigProperty(name = "menus.virtual-threads")
    boolean virtualThreads;

    private Executor executor;
    private ThreadPoolExecutor pool;
    private ThreadPoolExecutor answers;

    @PostConstruct
    void start() {
        Optional<ThreadFactory> virtual = VirtualThreads.withContextOfNow("menus-request-fetch-", context,
                virtualThreads);
        if (virtual.isPresent()) {
            ThreadFactory threads = virtual.get();
            executor = work -> threads.newThread(work).start();
            LOG.info("Requests' vendor calls run on virtual threads");
        } else {
            pool = new ThreadPoolExecutor(platformThreads, platformThreads, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), managedThreads);
            pool.allowCoreThreadTimeOut(true);
            executor = pool;
            LOG.info(() -> "Requests' vendor calls run on at most " + platformThreads + " managed threads");
        }
        answers = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), managedThreads);
        answers.allowCoreThreadTimeOut(true);
    }

    /**
     * Where a crowd whose wait ran out is answered: two threads, so that a crowd that came together and gives up
     * together (hundreds at once) is answered at the pace of two cores' worth of work while everyone else's
     * requests keep their share of them, and not on as many threads as it has requests.
     */
    public Executor answers() {
        return answers;
    }

    @Override
    public void execute(Runnable work) {
        executor.execute(work);
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (answers != null) {
            answers.shutdownNow();
        }
    }
}
