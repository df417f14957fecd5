package org.fivecmenus.menu;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.fivecmenus.http.WarmAnswers;

/** Warm {@code /api/v2/menus} answers, straight from the cache (see {@link WarmAnswers}). */
public class WarmMenus extends WarmAnswers {

    @Inject
    MenuAnswers answers;

    @Override
    protected Set<String> parameters() {
        return Set.of("hall_id", "date", "meal", "view");
    }

    @Override
    protected Optional<Warm> answer(HttpServletRequest request) {
        return answers.warm(request.getParameter("hall_id"), request.getParameter("date"), request.getParameter("meal"),
                request.getParameter("view"));
    }
}
