package org.fivecmenus.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.fivecmenus.database.Database;
import org.fivecmenus.signing.Signer;

/**
 * A watch list's private feed name: its random id and slugs, URL-safe base64, and a signature under a shared key,
 * so a feed URL cannot be made up or edited into another one, yet nothing is stored per student but the ids
 * their owners revoked. It holds the watched names and the id, nothing else.
 */
@ApplicationScoped
public class WatchTokens {

    private static final String KEY = "watch-feed";
    /** 128 of the signature's 256 bits: as many as anyone could try online. */
    private static final int SIGNATURE_CHARS = 22;
    private static final int MAX_TOKEN = 4096;

    @Inject
    Signer signer;

    @Inject
    Database database;

    @Inject
    Clock clock;

    /** The token of a list with an id ({@link WatchList#identified}). */
    public String token(WatchList list) {
        if (list.id() == null) {
            throw new IllegalArgumentException("a watch list needs its id for a token");
        }
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(list.joined().getBytes(StandardCharsets.UTF_8));
        return payload + "." + signature(payload);
    }

    /**
     * The list a token names; empty for a token this app did not make, one that was changed, one without an id
     * (made before ids, and the same for everyone with the same dishes), and one whose id was revoked.
     */
    public Optional<WatchList> read(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        if (!payload.matches("[A-Za-z0-9_-]+")
                || !MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            WatchList list = WatchList.parseWithId(
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            return list.isEmpty() || list.id() == null || revoked(list.id()) ? Optional.empty() : Optional.of(list);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Every token made with this id stops working, on every instance. */
    public void revoke(String id) {
        if (!WatchList.isId(id)) {
            return;
        }
        database.transaction(em -> {
            if (em.find(RevokedWatch.class, id) == null) {
                em.persist(new RevokedWatch(id, clock.instant().atOffset(ZoneOffset.UTC)));
            }
        });
    }

    private boolean revoked(String id) {
        return database.read(em -> em.find(RevokedWatch.class, id) != null);
    }

    private String signature(String payload) {
        return signer.sign(KEY, payload).substring(0, SIGNATURE_CHARS);
    }
}
