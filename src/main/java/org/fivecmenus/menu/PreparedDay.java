package org.fivecmenus.menu;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final int MAGIC = 0x35434D07;

    private final String hallId;
    private final LocalDate date;
    private final boolean stale;
    private final Instant fetchedAt;
    private final Instant expiresAt;
    private final Instant keepUntil;
    private final Duration fetchTook;
    private final Prepared day;
    private final List<MealAnswer> meals;
    private final Prepared curatedDay;
    private final List<MealAnswer> curatedMeals;
    private final byte[] model;
    private volatile MenuResult result;
    /** Set by the first read that started reading the days after this one ahead: once per copy, so per TTL. */
    private final AtomicBoolean readAhead = new AtomicBoolean();

    private PreparedDay(String hallId, LocalDate date, boolean stale, Instant fetchedAt, Instant expiresAt,
                        Instant keepUntil, Duration fetchTook, Prepared day, List<MealAnswer> meals,
                        Prepared curatedDay, List<MealAnswer> curatedMeals, byte[] model, MenuResult result) {
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
    public static PreparedDay of(MenuResult result, Instant expiresAt, Instant keepUntil, Duration fetchTook) {
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
    private static Prepared answers(MenuResult result, Instant expiresAt, DayMenu menu, List<MealAnswer> meals) {
        List<MenuViews.MealView> views = menu.meals().stream().map(MenuViews.MealView::of).toList();
        for (int i = 0; i < views.size(); i++) {
            MenuViews.MealView view = views.get(i);
            meals.add(new MealAnswer(view.key(), menu.meals().get(i).period(), Prepared.json(JSON.toJson(
                    new MenuViews.MealMenuView(result.hallId(), result.date(), view.meal(), view.key(), view.label(),
                            view.startsAt(), view.endsAt(), view.timesFrom(), result.status(), result.stale(),
                            result.fetchedAt(), expiresAt, menu.source().slug(), view.stations())))));
        }
        return Prepared.json(JSON.toJson(new MenuViews.DayView(result.hallId(), result.date(), result.status(),
                result.stale(), result.fetchedAt(), expiresAt, menu.source().slug(), views)));
    }

    /** A page's placeholder for a day whose fetch is still under way; never cached. */
    public static PreparedDay loading(String hallId, LocalDate date, Instant now) {
        return new PreparedDay(hallId, date, false, null, now, now, Duration.ZERO, null, List.of(), null, List.of(),
                null, MenuResult.loading(hallId, date));
    }

    /** The vendor failed and nothing is stored. */
    public static PreparedDay unavailable(String hallId, LocalDate date, Instant expiresAt) {
        return new PreparedDay(hallId, date, true, null, expiresAt, expiresAt, Duration.ZERO, null, List.of(), null,
                List.of(), null, MenuResult.unavailable(hallId, date));
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
        return of(MenuResult.stale(result().menu(), fetchedAt), expiresAt, keepUntil, fetchTook);
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
    public MenuResult result() {
        MenuResult known = result;
        if (known == null) {
            DayMenu menu;
            try {
                menu = JSON.fromJson(new String(model, StandardCharsets.UTF_8), DayMenu.class);
            } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("Unreadable menu in the cache entry of " + hallId + " " + date, e);
            }
            known = new MenuResult(hallId, date, menu, fetchedAt, stale);
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
    static final TieredCache.Codec<PreparedDay> CODEC = new TieredCache.Codec<>() {
        @Override
        public byte[] encode(PreparedDay value) {
            if (!value.available()) {
                throw new IllegalArgumentException("Only menus are shared, not their absence: " + value.hallId + " "
                        + value.date);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.weight());
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(value.hallId);
                out.writeUTF(value.date.toString());
                out.writeBoolean(value.stale);
                out.writeLong(value.fetchedAt.toEpochMilli());
                out.writeLong(value.expiresAt.toEpochMilli());
                out.writeLong(value.keepUntil.toEpochMilli());
                out.writeLong(value.fetchTook.toMillis());
                writeBytes(out, value.model);
                writePrepared(out, value.day);
                writeMeals(out, value.meals);
                writePrepared(out, value.curatedDay);
                writeMeals(out, value.curatedMeals);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return bytes.toByteArray();
        }

        @Override
        public PreparedDay decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (in.readInt() != MAGIC) {
                    throw new IllegalArgumentException("not an entry of this release");
                }
                String hallId = in.readUTF();
                LocalDate date = LocalDate.parse(in.readUTF());
                boolean stale = in.readBoolean();
                Instant fetchedAt = Instant.ofEpochMilli(in.readLong());
                Instant expiresAt = Instant.ofEpochMilli(in.readLong());
                Instant keepUntil = Instant.ofEpochMilli(in.readLong());
                Duration took = Duration.ofMillis(in.readLong());
                byte[] model = readBytes(in);
                Prepared day = readPrepared(in);
                List<MealAnswer> meals = readMeals(in);
                Prepared curatedDay = readPrepared(in);
                List<MealAnswer> curatedMeals = readMeals(in);
                return new PreparedDay(hallId, date, stale, fetchedAt, expiresAt, keepUntil, took, day, meals,
                        curatedDay, curatedMeals, model, null);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("unreadable entry: " + e, e);
            }
        }

        @Override
        public Instant expiresAt(PreparedDay value) {
            return value.keepUntil;
        }

        @Override
        public int weight(PreparedDay value) {
            return value.weight();
        }
    };

    private static void writeMeals(DataOutputStream out, List<MealAnswer> meals) throws IOException {
        out.writeInt(meals.size());
        for (MealAnswer meal : meals) {
            out.writeUTF(meal.key());
            out.writeUTF(meal.period() == null ? "" : meal.period().slug());
            writePrepared(out, meal.body());
        }
    }

    private static List<MealAnswer> readMeals(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new IOException("implausible meal count " + count);
        }
        List<MealAnswer> meals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            String period = in.readUTF();
            meals.add(new MealAnswer(key, period.isEmpty() ? null : MealPeriod.fromSlug(period).orElse(null),
                    readPrepared(in)));
        }
        return meals;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < -1 || length > 64 << 20) {
            throw new IOException("implausible length " + length);
        }
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated: " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private static void writePrepared(DataOutputStream out, Prepared body) throws IOException {
        out.writeUTF(body.etag());
        out.writeUTF(body.contentType());
        writeBytes(out, body.identity());
        writeBytes(out, body.gzip());
    }

    private static Prepared readPrepared(DataInputStream in) throws IOException {
        String etag = in.readUTF();
        String contentType = in.readUTF();
        byte[] identity = readBytes(in);
        if (identity == null) {
            throw new IOException("a body without bytes");
        }
        return new Prepared(identity, readBytes(in), etag, contentType);
    }
}
