package org.fivecmenus.hours;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.fivecmenus.http.WarmAnswers;

/** {@code /api/v2/open-now} for "now", from the answer made this minute (see {@link WarmAnswers}). */
public class WarmOpenNow extends WarmAnswers {

    @Inject
    OpenHalls openHalls;

    @Override
    protected Set<String> parameters() {
        return Set.of();
    }

    @Override
    protected Optional<Warm> answer(HttpServletRequest request) {
        return Optional.of(openHalls.now());
    }
}
