package org.fivecmenus.upstream.bonappetit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.Breaker;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.MenuParser;
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

    private static final BonAppetitMenus PARSER = new BonAppetitMenus();

    @Override
    public VendorKindName name() {
        return NAME;
    }

    @Override
    public String accept() {
        return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    }

    @Override
    public MenuParser parser() {
        return PARSER;
    }

    @Override
    public StationRules stations() {
        return BonAppetitStations.RULES;
    }

    @Override
    @CircuitBreaker(requestVolumeThreshold = Breaker.VOLUME, failureRatio = Breaker.FAILURE_RATIO,
            delay = Breaker.DELAY_MS, successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T call(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }
}
