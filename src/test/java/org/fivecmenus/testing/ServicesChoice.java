package org.fivecmenus.testing;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Where the integration tests' PostgreSQL and Redis come from. Services named in the environment ({@code DB_URL},
 * {@code REDIS_URL}) are used as given; otherwise, where a Docker engine answers, Testcontainers starts both;
 * otherwise the local services on their standard ports (what {@code .ci/services} provides).
 */
public final class ServicesChoice {

    public enum Source {
        /** {@code DB_URL}/{@code REDIS_URL} when set, else 127.0.0.1:5432 and :6379. */
        LOCAL,
        /** A PostgreSQL and a Redis container for the test run. */
        CONTAINERS
    }

    private ServicesChoice() {
    }

    /** @param docker asked only when the environment names no service: probing an engine takes a moment */
    public static Source choose(Map<String, String> environment, BooleanSupplier docker) {
        boolean named = isSet(environment.get("DB_URL")) || isSet(environment.get("REDIS_URL"));
        return !named && docker.getAsBoolean() ? Source.CONTAINERS : Source.LOCAL;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
