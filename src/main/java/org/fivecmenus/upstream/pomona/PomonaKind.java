package org.fivecmenus.upstream.pomona;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.Breaker;
import org.fivecmenus.upstream.KindHealth;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.MenuParser;
import org.fivecmenus.upstream.SourceFields;
import org.fivecmenus.upstream.StationRules;
import org.fivecmenus.upstream.VendorException;
import org.fivecmenus.upstream.VendorKind;

/**
 * Pomona's dining feed, exported from its Eatec system: one JSON (or JSONP) document per hall holding the
 * whole week, without a date in its URL, so it is downloaded once and every day of the week is parsed from it.
 */
@ApplicationScoped
public class PomonaKind implements VendorKind {

    public static final VendorKindName NAME = new VendorKindName("pomona");

    private static final Map<String, SourceFields.Field> SOURCE_FIELDS = Map.of("feed", new SourceFields.Field(
            Pattern.compile("[A-Za-z0-9_-]{1,64}"), "a feed's name such as Frary"));

    private final KindHealth health = new KindHealth(NAME);

    @Override
    public VendorKindName name() {
        return NAME;
    }

    @Override
    public String accept() {
        return "application/json,application/javascript;q=0.9,*/*;q=0.5";
    }

    @Override
    public MenuParser parser(StationRules rules) {
        return new PomonaMenus(rules);
    }

    @Override
    public KindHealth health() {
        return health;
    }

    @Override
    public StationRules stations() {
        return PomonaStations.RULES;
    }

    /** {@code {"feed": "Frary"}}: the hall's feed among Pomona's ({@code https://api.pomona.edu/eatec/Frary.json}). */
    @Override
    public String sourceOf(Map<String, String> fields) {
        SourceFields.check(fields, SOURCE_FIELDS);
        return "https://api.pomona.edu/eatec/" + fields.get("feed") + ".json";
    }

    @Override
    @CircuitBreaker(requestVolumeThreshold = Breaker.VOLUME, failureRatio = Breaker.FAILURE_RATIO,
            delay = Breaker.DELAY_MS, successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T call(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }
}
