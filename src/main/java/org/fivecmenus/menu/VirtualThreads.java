package org.fivecmenus.menu;

import jakarta.enterprise.concurrent.ContextService;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads where the JDK has them. The WAR is compiled for Java 17, where {@code Thread.ofVirtual()} does
 * not exist, so it is looked up at run time; on JDK 17 there is none.
 */
final class VirtualThreads {

    private VirtualThreads() {
    }

    /**
     * A factory of virtual threads that run their task in the container context current now: the class loader
     * and naming of the application, whichever thread later asks for a thread (a timer's, say).
     */
    static Optional<ThreadFactory> withContextOfNow(String namePrefix, ContextService context, boolean wanted) {
        Optional<ThreadFactory> virtual = wanted ? factory(namePrefix) : Optional.empty();
        if (virtual.isEmpty()) {
            return Optional.empty();
        }
        Executor inContext = context.currentContextExecutor();
        ThreadFactory threads = virtual.get();
        return Optional.of(task -> threads.newThread(() -> inContext.execute(task)));
    }

    private static Optional<ThreadFactory> factory(String namePrefix) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> type = Class.forName("java.lang.Thread$Builder");
            builder = type.getMethod("name", String.class, long.class).invoke(builder, namePrefix, 0L);
            return Optional.of((ThreadFactory) type.getMethod("factory").invoke(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
