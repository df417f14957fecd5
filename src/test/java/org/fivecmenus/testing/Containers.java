package org.fivecmenus.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL and Redis in containers, started once for the test run (Testcontainers stops them when it ends),
 * for a machine with a Docker engine and no services of its own named in the environment.
 */
final class Containers {

    private static volatile TestServices started;

    private Containers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static synchronized TestServices services() {
        if (started == null) {
            PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine")
                    .withDatabaseName("menus_test").withUsername("menus").withPassword("menus");
            GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            postgres.start();
            redis.start();
            started = new TestServices(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                    "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379) + "/13");
        }
        return started;
    }
}
