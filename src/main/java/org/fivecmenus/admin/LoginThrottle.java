package org.fivecmenus.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Refuses sign-in for a while after repeated failures, per user name and per client address, so a password
 * cannot be guessed at speed. A success clears the user's count.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(100_000).executor(Runnable::run).build();

    public boolean blocked(String user, String address) {
        return count("user:" + user) >= MAX_FAILURES || count("ip:" + address) >= MAX_FAILURES * 4;
    }

    public void failed(String user, String address) {
        failures.get("user:" + user, k -> new AtomicInteger()).incrementAndGet();
        failures.get("ip:" + address, k -> new AtomicInteger()).incrementAndGet();
    }

    public void succeeded(String user) {
        failures.invalidate("user:" + user);
    }

    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }
}
