package org.fivecmenus.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.hall.VendorKindName;

/**
 * CDI wiring of the vendor classes, which stay plain Java so tests build them without a container.
 * {@code @Singleton} (no client proxy) because the produced classes have no no-arg constructor.
 */
@ApplicationScoped
public class VendorBeans {

    @Inject
    Config config;

    /** The longest a whole vendor fetch may take; MicroProfile Fault Tolerance cannot interrupt blocking I/O. */
    @Inject
    @ConfigProperty(name = "vendor.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "vendor.connect-timeout")
    Duration connectTimeout;

    @Inject
    VendorKinds kinds;

    @Produces
    @Singleton
    VendorClient vendorClient() {
        Map<VendorKindName, String> headers = new HashMap<>();
        for (VendorKindName kind : kinds.names()) {
            config.getOptionalValue(VendorHeaders.configKeyOf(kind), String.class)
                    .ifPresent(text -> headers.put(kind, text));
        }
        return new VendorClient(VendorClient.httpClient(connectTimeout), timeout, VendorHeaders.configured(headers));
    }

    /**
     * Builds the vendor wiring as the application starts, so that a malformed setting (a hall's source, a
     * vendor's headers) fails the deployment with its message instead of every fetch later.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, VendorClient client) {
        // Injecting the client checks its settings; the hall sources configured are checked here.
        HallSources.checkConfigured(config.getPropertyNames(), key -> config.getOptionalValue(key, String.class));
    }
}
