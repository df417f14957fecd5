package org.fivecmenus.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.web.Cards.CardHead;
import org.fivecmenus.web.Cards.CardLength;

/**
 * What a kept rendering ({@link PageCache}) was made from, field by field, so that two renderings that may differ
 * never share a key: the page, its subject (a hall), the date asked for and today's date, the meal asked for, the
 * student's filters, the hours' version, and per card the menu's version and what its head says now. The factories
 * below are the one place each rendering's key is made.
 *
 * <p>Not in it, because the HTML does not depend on them: the colour scheme (the stylesheet's
 * {@code prefers-color-scheme}), the content encoding ({@code Prepared} keeps the gzip and identity forms of the
 * same bytes under one entry) and an operator's admin session (its cookie is scoped to {@code /admin}).
 */
public record PageKey(Rendering rendering, String subject, LocalDate date, LocalDate today, String meal,
                      Preferences preferences, long hours, List<Object> parts) {

    /** Which rendering: a whole page, or one card's body, which both pages share. */
    public enum Rendering {
        HOME_PAGE, HALL_PAGE, CARD_BODY
    }

    public PageKey {
        // Parts may be null (a card without a selected meal): not List.copyOf.
        parts = Collections.unmodifiableList(new ArrayList<>(parts));
    }

    /** The home page: every hall's card for the date; add each card with {@link #withCard}. */
    static PageKey home(LocalDate date, LocalDate today, String meal, Preferences preferences, long hours) {
        return new PageKey(Rendering.HOME_PAGE, null, date, today, meal, preferences, hours, List.of());
    }

    /** A hall's page opened on a date; add each day's card with {@link #withCard}. */
    static PageKey hall(String hallId, LocalDate selected, LocalDate today, String meal, Preferences preferences,
                        long hours) {
        return new PageKey(Rendering.HALL_PAGE, hallId, selected, today, meal, preferences, hours, List.of());
    }

    /** One card's body (its tabs and dishes), as a page places it (anchor and label ids differ between pages). */
    static PageKey cardBody(CardHead head, PreparedDay day, LocalDate date, Preferences preferences, CardLength length,
                            String anchor, String labelledBy, long hours) {
        return new PageKey(Rendering.CARD_BODY, head.id(), date, null, head.selectedMeal(), preferences, hours,
                List.of(day.version(), day.stale(), length, anchor, labelledBy));
    }

    /**
     * This key with one more card: the menu's version, what the card's head says now, and on the hall page how
     * long ago the menu was fetched ("12 min ago" moves with the clock, so a kept page lasts about a minute).
     */
    PageKey withCard(PreparedDay day, CardHead head, String freshness) {
        List<Object> more = new ArrayList<>(parts);
        more.add(day.version());
        more.add(head);
        more.add(freshness);
        return new PageKey(rendering, subject, date, today, meal, preferences, hours, more);
    }

    /** Roughly its heap, for the cache's bound. */
    int weight() {
        return 128 + 96 * parts.size();
    }
}
