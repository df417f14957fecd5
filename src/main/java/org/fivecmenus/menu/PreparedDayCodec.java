package org.fivecmenus.menu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.PreparedDay.MealAnswer;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * A {@link PreparedDay} as bytes in Redis and back: its prepared answers as they are, so that an instance
 * taking an entry from Redis serves it without making anything again. The format is this release's own: an
 * entry of another (its first number differs) is refused, and read as a miss.
 */
final class PreparedDayCodec implements TieredCache.Codec<PreparedDay> {

    /** Changes whenever what the entries hold changes, the API's bytes included. */
    private static final int MAGIC = 0x35434D07;

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
            out.writeLong(value.keepUntil().toEpochMilli());
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
        return value.keepUntil();
    }

    @Override
    public int weight(PreparedDay value) {
        return value.weight();
    }

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
