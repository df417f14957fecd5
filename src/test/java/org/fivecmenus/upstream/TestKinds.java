package org.fivecmenus.upstream;

import java.util.List;
import java.util.Optional;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;

/**
 * The three vendor kinds built without a container, for tests of the code that uses them: their calls are plain
 * calls (no circuit breaker outside CDI), which is what such tests are about.
 */
public final class TestKinds {

    /** Not a real key: the real one comes from configuration only. */
    public static final String FAKE_KEY = "fake-key-for-tests";

    public static final SodexoKind SODEXO = sodexo(FAKE_KEY);
    public static final BonAppetitKind BON_APPETIT = new BonAppetitKind();
    public static final PomonaKind POMONA = new PomonaKind();

    private TestKinds() {
    }

    /** @param apiKey null or blank for a Sodexo without its key, which reads today's page */
    public static SodexoKind sodexo(String apiKey) {
        return new SodexoKind(Optional.ofNullable(apiKey));
    }

    public static VendorKinds all(SodexoKind sodexo) {
        return new VendorKinds(List.of(sodexo, BON_APPETIT, POMONA));
    }
}
