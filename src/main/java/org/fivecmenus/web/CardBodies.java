package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.web.Cards.Card;
import org.fivecmenus.web.Cards.CardHead;
import org.fivecmenus.web.Cards.CardLength;

/**
 * A hall's card with its body, the meal tabs and dishes as rendered HTML: rendered once per menu, meal, filter set
 * and place on the page, and kept ({@link PageCache}), since both the home and the hall page show the same cards.
 */
@ApplicationScoped
public class CardBodies {

    @Inject
    Views views;

    @Inject
    MenuCards cards;

    @Inject
    PageCache pages;

    @Inject
    Hours hours;

    /**
     * @param anchor     the card's id on its page
     * @param labelledBy the id of the heading that names it (anchor and label ids differ between the pages)
     */
    public Card card(HttpServletRequest request, CardHead head, PreparedDay day, LocalDate date,
                     Preferences preferences, CardLength length, String anchor, String labelledBy) {
        ServedDay result = day.result();
        if (!result.available() || result.menu().meals().isEmpty()) {
            return new Card(head, "");
        }
        PageKey key = PageKey.cardBody(head, day, date, preferences, length, anchor, labelledBy, hours.version());
        String body = pages.body(key, () -> views.fragment(request.getServletContext(), "card", "tabs", Map.of(
                "meals", cards.tabs(head.id(), result, head.selectedMeal(), preferences, length),
                "anchor", anchor, "labelledBy", labelledBy, "hallPage", "/halls/" + head.id() + "?date=" + date,
                "date", date.toString())));
        return new Card(head, body);
    }
}
