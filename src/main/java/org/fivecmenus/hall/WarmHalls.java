package org.fivecmenus.hall;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.fivecmenus.http.WarmAnswers;

/** {@code /api/v2/halls} from its prepared bytes (see {@link WarmAnswers}). */
public class WarmHalls extends WarmAnswers {

    @Inject
    Halls halls;

    @Override
    protected Set<String> parameters() {
        return Set.of();
    }

    @Override
    protected Optional<Warm> answer(HttpServletRequest request) {
        return Optional.of(new Warm(halls.json(), HallsResource.CACHE_CONTROL));
    }
}
