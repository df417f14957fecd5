package org.fivecmenus.upstream.bonappetit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.Breaker;
import org.fivecmenus.upstream.HallSources;
import org.fivecmenus.upstream.KindHealth;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.MenuParser;
import org.fivecmenus.upstream.SourceFields;
import org.fivecmenus.upstream.StationRules;
import org.fivecmenus.upstream.VendorException;
import org.fivecmenus.upstream.VendorKind;

/**
 * Bon Appétit's café pages ({@code https://<host>/cafe/<slug>/{date}/}): one HTML page per day, whose
 * embedded script holds the day's meals and items. The pages answer conditional GETs (Last-Modified).
 */
@ApplicationScoped
public class BonAppetitKind implements VendorKind {

    public static final VendorKindName NAME = new VendorKindName("bon_appetit");

    private static final Pattern CAFE_PAGE = Pattern.compile("https?://[^/?#]+/cafe/[a-z0-9-]+/?",
            Pattern.CASE_INSENSITIVE);
    private static final SourceFields.Field SLUG = new SourceFields.Field(Pattern.compile("[a-z0-9][a-z0-9-]{0,62}"),
            "a name from the café's address, such as collins-cmc");
    private static final Map<String, SourceFields.Field> SOURCE_FIELDS = Map.of("site", SLUG, "cafe", SLUG);

    private final KindHealth health = new KindHealth(NAME);

    @Override
    public VendorKindName name() {
        return NAME;
    }

    @Override
    public String accept() {
        return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    }

    @Override
    public MenuParser parser(StationRules rules) {
        return new BonAppetitMenus(rules);
    }

    @Override
    public KindHealth health() {
        return health;
    }

    @Override
    public StationRules stations() {
        return BonAppetitStations.RULES;
    }

    /** A café's page ({@code https://<site>.cafebonappetit.com/cafe/<cafe>/}) stands for its page of each day. */
    @Override
    public String sourceOf(String url) {
        if (url.contains(HallSources.DATE)) {
            return url;
        }
        if (!CAFE_PAGE.matcher(url).matches()) {
            throw new IllegalArgumentException("a Bon Appétit café has a page per day: write {date} where the date goes"
                    + " in its URL, or give the café's page, https://<site>.cafebonappetit.com/cafe/<cafe>/");
        }
        return url + (url.endsWith("/") ? "" : "/") + HallSources.DATE + "/";
    }

    /** {@code {"site": "collins-cmc", "cafe": "collins"}}: the café at {@code https://<site>.cafebonappetit.com}. */
    @Override
    public String sourceOf(Map<String, String> fields) {
        SourceFields.check(fields, SOURCE_FIELDS);
        return "https://" + fields.get("site") + ".cafebonappetit.com/cafe/" + fields.get("cafe") + "/"
                + HallSources.DATE + "/";
    }

    @Override
    @CircuitBreaker(requestVolumeThreshold = Breaker.VOLUME, failureRatio = Breaker.FAILURE_RATIO,
            delay = Breaker.DELAY_MS, successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T call(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }
}
