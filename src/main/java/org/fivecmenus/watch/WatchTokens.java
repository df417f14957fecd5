package org.fivecmenus.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.fivecmenus.signing.Signer;

/**
 * A watch list's private feed name: the slugs, URL-safe base64, and a signature under a shared key, so a feed
 * URL cannot be made up or edited into another one, yet nothing is stored per student. It holds the watched
 * names and nothing else.
 */
@ApplicationScoped
public class WatchTokens {

    private static final String KEY = "watch-feed";
    /** 128 of the signature's 256 bits: as many as anyone could try online. */
    private static final int SIGNATURE_CHARS = 22;
    private static final int MAX_TOKEN = 4096;

    @Inject
    Signer signer;

    public String token(WatchList list) {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(list.joined().getBytes(StandardCharsets.UTF_8));
        return payload + "." + signature(payload);
    }

    /** The list a token names; empty for a token this app did not make or one that was changed. */
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
            WatchList list = WatchList.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            return list.isEmpty() ? Optional.empty() : Optional.of(list);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String signature(String payload) {
        return signer.sign(KEY, payload).substring(0, SIGNATURE_CHARS);
    }
}
