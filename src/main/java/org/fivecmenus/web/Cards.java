package org.fivecmenus.web;

import java.util.List;
import org.fivecmenus.menu.MenuStatus;

/** The records the templates render. Built by {@link MenuCards}; templates never see entities. */
public final class Cards {

    private Cards() {
    }

    public record DateLink(String label, String href, boolean selected) {
    }

    public record Badge(String code, String label) {
    }

    public record ItemView(String name, String description, List<Badge> badges, String calories, boolean dimmed,
                           String note) {
    }

    /** {@code more}: the station's items behind its own "N more". */
    public record StationView(String name, List<ItemView> items, List<ItemView> more) {

        int size() {
            return items.size() + more.size();
        }
    }

    /**
     * One meal of a card.
     *
     * @param later the stations past the card's length: the card counts them in one "N more at M stations",
     *              a link to the hall's page, which shows them
     */
    public record MealTab(String id, String key, String label, String times, boolean selected,
                          List<StationView> stations, List<StationView> later, int filteredOut) {

        /** How many dishes are behind the card's "N more". */
        public int laterCount() {
            return later.stream().mapToInt(StationView::size).sum();
        }
    }

    /** How much of each meal a card shows before its "N more". */
    public enum CardLength {
        /** The home page's cards, seven on one page: short enough to scan (and to download) on a phone. */
        SHORT(12),
        /** A hall's own page: every station as curated. */
        FULL(Integer.MAX_VALUE);

        /** Lines shown: a station's name is one, each dish another. */
        final int lines;

        CardLength(int lines) {
            this.lines = lines;
        }
    }

    /**
     * What a card says about its hall now: cheap to work out on every request, and outside the rendered body,
     * since it changes with the clock.
     *
     * @param notice       what a student must know about this menu (stale since…, unavailable…), or null
     * @param selectedMeal the key of the meal tab open by default; null without meals
     */
    public record CardHead(String id, String name, String college, boolean open, String badge, boolean estimated,
                           MenuStatus state, String notice, String website, String closure, String selectedMeal) {

        /** The notice links the vendor's own page: there is nothing current to show here, and a page to go to. */
        public boolean linksToVendor() {
            return state.pointsToTheVendor() && website != null;
        }
    }

    /**
     * A hall's card: its head, and its body (the meal tabs and dishes) as HTML that Thymeleaf rendered, escaped,
     * once for this menu, meal and filter set; empty when there are no meals.
     */
    public record Card(CardHead head, String body) {

        public boolean hasMeals() {
            return !body.isEmpty();
        }
    }
}
