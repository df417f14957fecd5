package org.fivecmenus.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.hall.VendorType;

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
    @ConfigProperty(name = "vendor.timeout", defaultValue = "PT8S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "vendor.connect-timeout", defaultValue = "PT3S")
    Duration connectTimeout;

    /** Public (it ships in the college's Sodexo page) but still configuration, never code. */
    @Inject
    @ConfigProperty(name = "sodexo.api.key")
    Optional<String> sodexoApiKey;

    @Produces
    @Singleton
    VendorClient vendorClient() {
        Map<VendorType, String> headers = new EnumMap<>(VendorType.class);
        for (VendorType vendor : VendorType.values()) {
            // vendor.bon-appetit.headers, i.e. VENDOR_BON_APPETIT_HEADERS
            config.getOptionalValue("vendor." + vendor.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".headers",
                    String.class).ifPresent(text -> headers.put(vendor, text));
        }
        return new VendorClient(VendorClient.httpClient(connectTimeout), timeout, sodexoApiKey.orElse(null),
                VendorHeaders.configured(headers));
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
