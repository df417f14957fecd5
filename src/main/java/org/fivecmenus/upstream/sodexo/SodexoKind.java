package org.fivecmenus.upstream.sodexo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * Sodexo's campus menus: its JSON API, one document per day ({@code …/menus?date={date}}), called with an API
 * key. The key is public (it ships in the college's Sodexo page) but still configuration
 * ({@code sodexo.api.key}, {@code SODEXO_API_KEY}), never code. Without it the hall's public location page is
 * read instead, which shows the menu of the day it is fetched on, so only today's menu can be served.
 */
@ApplicationScoped
public class SodexoKind implements VendorKind {

    public static final VendorKindName NAME = new VendorKindName("sodexo");

    private static final SourceFields.Field ID = new SourceFields.Field(Pattern.compile("[0-9]{1,12}"),
            "a number such as 15258");
    private static final Map<String, SourceFields.Field> SOURCE_FIELDS = Map.of("location", ID, "menu", ID);

    private final KindHealth health = new KindHealth(NAME);

    private String apiKey;

    /** For CDI's proxy. */
    protected SodexoKind() {
    }

    /** @param apiKey empty or blank: the API cannot be called, only today's page read */
    @Inject
    public SodexoKind(@ConfigProperty(name = "sodexo.api.key") Optional<String> apiKey) {
        this.apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty()).orElse(null);
    }

    @Override
    public VendorKindName name() {
        return NAME;
    }

    @Override
    public String accept() {
        return "application/json";
    }

    @Override
    public MenuParser parser(StationRules rules) {
        return new SodexoMenus(rules);
    }

    @Override
    public KindHealth health() {
        return health;
    }

    @Override
    public StationRules stations() {
        return SodexoStations.RULES;
    }

    /** {@code {"location": "13147001", "menu": "15258"}}: the ids in the address of the site's menu in its API. */
    @Override
    public String sourceOf(Map<String, String> fields) {
        SourceFields.check(fields, SOURCE_FIELDS);
        return "https://api-prd.sodexomyway.net/v0.2/data/menu/" + fields.get("location") + "/" + fields.get("menu")
                + "?date=" + HallSources.DATE;
    }

    @Override
    public void sign(HttpRequest.Builder request, String hallId) throws VendorException {
        if (apiKey == null) {
            throw new VendorException(NAME, hallId, VendorException.Failure.CONFIGURATION, 0,
                    "no Sodexo API key configured (sodexo.api.key / SODEXO_API_KEY)", null);
        }
        request.header("API-Key", apiKey);
    }

    @Override
    public String hint(int status) {
        return status == 401 || status == 403 ? " (is the Sodexo API key current?)" : "";
    }

    @Override
    public Optional<Detour> detour(HallSources.HallSource source, StationRules rules, LocalDate date,
                                   LocalDate today) {
        if (apiKey != null) {
            return Optional.empty();
        }
        return Optional.of(client -> {
            if (source.page() == null || !date.equals(today)) {
                throw new VendorException(NAME, source.hallId(), VendorException.Failure.CONFIGURATION, 0,
                        "no Sodexo API key configured (sodexo.api.key / SODEXO_API_KEY): only today's menu can be "
                                + "read, " + (source.page() == null ? "and " + HallSources.pageKey(source.hallId())
                                + " is unset" : "from the public location page"), null);
            }
            return new SodexoMenus(rules).parseTodaysPage(client.fetchPage(source, URI.create(source.page()), this).body(),
                    source.hallId(), date);
        });
    }

    @Override
    @CircuitBreaker(requestVolumeThreshold = Breaker.VOLUME, failureRatio = Breaker.FAILURE_RATIO,
            delay = Breaker.DELAY_MS, successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T call(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }
}
