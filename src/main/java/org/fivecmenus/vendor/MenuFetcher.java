package org.fivecmenus.vendor;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.fivecmenus.vendor.HallSources.HallSource;

/**
 * Fetch then parse, for one hall and date: the vendor call the menu service makes. No caching, retries or
 * fallbacks here; those belong to the caller, which knows what it already has.
 */
public class MenuFetcher {

    private final HallSources sources;
    private final VendorClient client;
    private final Map<VendorType, MenuParser> parsers;

    public MenuFetcher(HallSources sources, VendorClient client) {
        this(sources, client, defaultParsers());
    }

    public MenuFetcher(HallSources sources, VendorClient client, Map<VendorType, MenuParser> parsers) {
        this.sources = Objects.requireNonNull(sources);
        this.client = Objects.requireNonNull(client);
        this.parsers = new EnumMap<>(parsers);
        for (VendorType vendor : VendorType.values()) {
            if (!this.parsers.containsKey(vendor)) {
                throw new IllegalArgumentException("No parser for " + vendor);
            }
        }
    }

    public static Map<VendorType, MenuParser> defaultParsers() {
        Map<VendorType, MenuParser> parsers = new EnumMap<>(VendorType.class);
        parsers.put(VendorType.SODEXO, new SodexoMenus());
        parsers.put(VendorType.BON_APPETIT, new BonAppetitMenus());
        parsers.put(VendorType.POMONA, new PomonaMenus());
        return parsers;
    }

    /**
     * @param previous validators from the last response of this hall's URL, or {@link Validators#NONE}
     * @return the parsed menu, or a not-modified result without a menu
     * @throws IllegalArgumentException for an unknown hall id
     * @throws VendorException          when no usable answer came
     * @throws MenuParseException       when the answer is not a menu
     */
    public FetchedMenu fetch(String hallId, LocalDate date, Validators previous)
            throws VendorException, MenuParseException {
        HallSource source = sources.get(hallId);
        VendorResponse response = client.fetch(source, date, previous);
        if (response.notModified()) {
            return new FetchedMenu(null, response);
        }
        return new FetchedMenu(parsers.get(source.vendor()).parse(response.body(), hallId, date), response);
    }

    public MenuParser parser(VendorType vendor) {
        return parsers.get(vendor);
    }

    public HallSources sources() {
        return sources;
    }
}
