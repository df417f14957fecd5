package org.fivecmenus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fivecmenus.testing.ServicesChoice.Source;
import org.junit.jupiter.api.Test;

class ServicesChoiceTest {

    private final AtomicInteger probes = new AtomicInteger();

    @Test
    void withADockerEngineAndNoServicesNamedTheTestsStartContainers() {
        assertThat(ServicesChoice.choose(Map.of(), docker(true))).isEqualTo(Source.CONTAINERS);
    }

    @Test
    void withoutADockerEngineTheLocalServicesAreUsed() {
        assertThat(ServicesChoice.choose(Map.of(), docker(false))).isEqualTo(Source.LOCAL);
    }

    @Test
    void servicesNamedInTheEnvironmentAreUsedAsGivenWithoutProbingForDocker() {
        assertThat(ServicesChoice.choose(Map.of("DB_URL", "jdbc:postgresql://db/menus_test"), docker(true)))
                .isEqualTo(Source.LOCAL);
        assertThat(ServicesChoice.choose(Map.of("REDIS_URL", "redis://cache:6379/13"), docker(true)))
                .isEqualTo(Source.LOCAL);
        assertThat(probes).hasValue(0);
    }

    @Test
    void aBlankVariableNamesNothing() {
        assertThat(ServicesChoice.choose(Map.of("DB_URL", " ", "REDIS_URL", ""), docker(true)))
                .isEqualTo(Source.CONTAINERS);
    }

    private java.util.function.BooleanSupplier docker(boolean answers) {
        return () -> {
            probes.incrementAndGet();
            return answers;
        };
    }
}
