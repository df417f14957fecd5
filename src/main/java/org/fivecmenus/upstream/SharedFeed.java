package org.fivecmenus.upstream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.fivecmenus.cache.TieredCache;

/**
 * A weekly feed's last body as every instance keeps it (Redis and each one's memory), with its validators, so
 * that one download serves all the days asked for, by any instance, and the next one is a conditional GET.
 *
 * @param fetchedAt when the vendor last answered for it (a 304 counts)
 * @param keepUntil how long it is kept for the next conditional GET
 */
record SharedFeed(Validators validators, byte[] body, Instant fetchedAt, Instant keepUntil) {

    private static final int MAGIC = 0x35434601;

    SharedFeed answeredAgain(Instant at, Instant keep) {
        return new SharedFeed(validators, body, at, keep);
    }

    static final TieredCache.Codec<SharedFeed> CODEC = new TieredCache.Codec<>() {
        @Override
        public byte[] encode(SharedFeed feed) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(feed.body().length + 256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(feed.validators().etag() == null ? "" : feed.validators().etag());
                out.writeUTF(feed.validators().lastModified() == null ? "" : feed.validators().lastModified());
                out.writeLong(feed.fetchedAt().toEpochMilli());
                out.writeLong(feed.keepUntil().toEpochMilli());
                out.writeInt(feed.body().length);
                out.write(feed.body());
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return bytes.toByteArray();
        }

        @Override
        public SharedFeed decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (in.readInt() != MAGIC) {
                    throw new IllegalArgumentException("not a feed of this release");
                }
                String etag = in.readUTF();
                String lastModified = in.readUTF();
                Instant fetchedAt = Instant.ofEpochMilli(in.readLong());
                Instant keepUntil = Instant.ofEpochMilli(in.readLong());
                int length = in.readInt();
                byte[] body = in.readNBytes(length);
                if (length < 0 || body.length != length) {
                    throw new IllegalArgumentException("truncated feed");
                }
                return new SharedFeed(new Validators(etag.isEmpty() ? null : etag,
                        lastModified.isEmpty() ? null : lastModified), body, fetchedAt, keepUntil);
            } catch (IOException e) {
                throw new IllegalArgumentException("unreadable feed: " + e, e);
            }
        }

        @Override
        public Instant expiresAt(SharedFeed feed) {
            return feed.keepUntil();
        }

        @Override
        public int weight(SharedFeed feed) {
            return feed.body().length + 128;
        }
    };
}
