package org.fivecmenus.menu;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * A hall's day as the caches hold it: the API's answers already made, the whole day and each meal in both
 * forms ({@link MenuForm}), each with its ETag and gzip form, plus the model the pages render from. Made once when a fetch (or a stored copy)
 * fills the entry; every request after that copies bytes.
 *
 * <p>The model is kept as JSON and read only when a page asks for it, so an instance that takes the entry
 * from Redis for the API never decodes it.
 */
public final class PreparedDay {

    /** One meal's answer to {@code ?meal=}, found by key, else by period. */
    public record MealAnswer(String key, MealPeriod period, Prepared body) {
    }

    private static final Jsonb JSON = JsonConfig.jsonb();

    // Package-private for PreparedDayCodec, which writes them to Redis and reads them back.
    final String hallId;
    final LocalDate date;
    final boolean stale;
    final Instant fetchedAt;
    final Instant expiresAt;
    final Instant keepUntil;
    final Duration fetchTook;
    final Prepared day;
    final List<MealAnswer> meals;
    final Prepared curatedDay;
    final List<MealAnswer> curatedMeals;
    final byte[] model;
    private volatile ServedDay result;
    /** Set by the first read that started reading the days after this one ahead: once per copy, so per TTL. */
    private final AtomicBoolean readAhead = new AtomicBoolean();

    /** Made by {@link #of} and the other factories, and by {@link PreparedDayCodec} from Redis. */
    PreparedDay(String hallId, LocalDate date, boolean stale, Instant fetchedAt, Instant expiresAt,
                        Instant keepUntil, Duration fetchTook, Prepared day, List<MealAnswer> meals,
                        Prepared curatedDay, List<MealAnswer> curatedMeals, byte[] model, ServedDay result) {
        this.hallId = hallId;
        this.date = date;
        this.stale = stale;
        this.fetchedAt = fetchedAt;
        this.expiresAt = expiresAt;
        this.keepUntil = keepUntil.isBefore(expiresAt) ? expiresAt : keepUntil;
        this.fetchTook = fetchTook;
        this.day = day;
        this.meals = List.copyOf(meals);
        this.curatedDay = curatedDay;
        this.curatedMeals = List.copyOf(curatedMeals);
        this.model = model;
        this.result = result;
    }

    /**
     * Prepares what the API answers for the result.
     *
     * @param expiresAt when a fresh copy is due (refreshed ahead of it, see {@link Menus})
     * @param keepUntil how long caches keep it, due or not: a copy older than that is not served as current
     * @param fetchTook how long the vendor took, which decides how early the refresh starts
     */
    public static PreparedDay of(ServedDay result, Instant expiresAt, Instant keepUntil, Duration fetchTook) {
        if (!result.available()) {
            return unavailable(result.hallId(), result.date(), expiresAt);
        }
        DayMenu menu = result.menu();
        List<MealAnswer> meals = new ArrayList<>();
        Prepared day = answers(result, expiresAt, menu, meals);
        List<MealAnswer> curatedMeals = new ArrayList<>();
        Prepared curatedDay = answers(result, expiresAt, menu.curated(), curatedMeals);
        return new PreparedDay(result.hallId(), result.date(), result.stale(), result.fetchedAt(), expiresAt, keepUntil,
                fetchTook, day, meals, curatedDay, curatedMeals, JSON.toJson(menu).getBytes(StandardCharsets.UTF_8),
                result);
    }

    /** The whole day's answer for this form of the menu, and each meal's into {@code meals}. */
    private static Prepared answers(ServedDay result, Instant expiresAt, DayMenu menu, List<MealAnswer> meals) {
        List<MenuViews.MealView> views = menu.meals().stream().map(MenuViews.MealView::of).toList();
        for (int i = 0; i < views.size(); i++) {
            MenuViews.MealView view = views.get(i);
            meals.add(new MealAnswer(view.key(), menu.meals().get(i).period(), Prepared.json(JSON.toJson(
                    new MenuViews.MealMenuView(result.hallId(), result.date(), view.meal(), view.key(), view.label(),
                            view.startsAt(), view.endsAt(), view.timesFrom(), result.status().slug(), result.stale(),
                            result.fetchedAt(), expiresAt, menu.source().slug(), view.stations())))));
        }
        return Prepared.json(JSON.toJson(new MenuViews.DayView(result.hallId(), result.date(), result.status().slug(),
                result.stale(), result.fetchedAt(), expiresAt, menu.source().slug(), views)));
    }

    /** A page's placeholder for a day whose fetch is still under way; never cached. */
    public static PreparedDay loading(String hallId, LocalDate date, Instant now) {
        return new PreparedDay(hallId, date, false, null, now, now, Duration.ZERO, null, List.of(), null, List.of(),
                null, ServedDay.loading(hallId, date));
    }

    /** The vendor failed and nothing is stored. */
    public static PreparedDay unavailable(String hallId, LocalDate date, Instant expiresAt) {
        return new PreparedDay(hallId, date, true, null, expiresAt, expiresAt, Duration.ZERO, null, List.of(), null,
                List.of(), null, ServedDay.unavailable(hallId, date));
    }

    public String hallId() {
        return hallId;
    }

    public LocalDate date() {
        return date;
    }

    public boolean available() {
        return day != null;
    }

    public boolean stale() {
        return stale;
    }

    /** True for the one caller that may read ahead from this copy; a volatile read for every other. */
    boolean claimReadAhead() {
        return !readAhead.get() && readAhead.compareAndSet(false, true);
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** When a fresh copy is due. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** When caches stop keeping this entry. */
    public Instant keepUntil() {
        return keepUntil;
    }

    /** The same menu, marked stale (its vendor failed), due again at {@code expiresAt}; kept as long as before. */
    public PreparedDay markedStale(Instant expiresAt) {
        return of(ServedDay.stale(result().menu(), fetchedAt), expiresAt, keepUntil, fetchTook);
    }

    public Duration fetchTook() {
        return fetchTook;
    }

    /** The whole day's answer, in full; null when unavailable. */
    public Prepared day() {
        return day;
    }

    /** The whole day's answer in that form; null when unavailable. */
    public Prepared day(MenuForm form) {
        return form == MenuForm.CURATED ? curatedDay : day;
    }

    /** The meal asked for by key ({@code continental_breakfast}) before period ({@code breakfast}), in full. */
    public Optional<Prepared> meal(String asked) {
        return meal(asked, MenuForm.FULL);
    }

    public Optional<Prepared> meal(String asked, MenuForm form) {
        List<MealAnswer> answers = form == MenuForm.CURATED ? curatedMeals : meals;
        String key = Meal.keyOf(asked);
        return answers.stream().filter(m -> m.key().equals(key)).findFirst()
                .or(() -> answers.stream().filter(m -> m.period() != null && m.period().slug().equals(key)).findFirst())
                .map(MealAnswer::body);
    }

    /** What the pages render; decoded once, on first use. */
    public ServedDay result() {
        ServedDay known = result;
        if (known == null) {
            DayMenu menu;
            try {
                menu = JSON.fromJson(new String(model, StandardCharsets.UTF_8), DayMenu.class);
            } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("Unreadable menu in the cache entry of " + hallId + " " + date, e);
            }
            known = new ServedDay(hallId, date, menu, fetchedAt, stale);
            result = known;
        }
        return known;
    }

    /** Identifies this exact content: the day answer's tag (same bytes, same tag), or the state when empty. */
    public String version() {
        return day == null ? (stale ? "unavailable" : "loading") : day.etag();
    }

    int weight() {
        int weight = 256 + (model == null ? 0 : model.length * 3) + (day == null ? 0 : day.weight())
                + (curatedDay == null ? 0 : curatedDay.weight());
        for (MealAnswer meal : meals) {
            weight += meal.body().weight();
        }
        for (MealAnswer meal : curatedMeals) {
            weight += meal.body().weight();
        }
        return weight;
    }

    /** How entries travel through Redis: the prepared bytes as they are, nothing re-made on the way. */
    static final TieredCache.Codec<PreparedDay> CODEC = new PreparedDayCodec();
}
