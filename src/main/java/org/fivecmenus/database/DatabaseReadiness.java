package org.fivecmenus.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    /** UP or DOWN only: the kind, version and error are for operators ({@code /admin/services}). */
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.state().up()).build();
    }
}
