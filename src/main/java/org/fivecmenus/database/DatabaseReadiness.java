package org.fivecmenus.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        DatabaseState state = database.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(state.up())
                .withData("kind", state.kind());
        if (state.schemaVersion() != null) {
            response.withData("schema_version", state.schemaVersion());
        }
        if (state.error() != null) {
            response.withData("error", state.error());
        }
        return response.build();
    }
}
