package org.fivecmenus.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fivecmenus.database.Database;

/**
 * HMAC-SHA256 signatures under named keys every instance shares: each key is made by the first instance that
 * needs it and kept in the shared database, so what one instance signs another verifies. Nothing is stored per
 * visitor.
 */
@ApplicationScoped
public class Signer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Database database;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** The payload's signature under the named key, URL-safe base64. */
    public String sign(String keyName, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.computeIfAbsent(keyName, this::sharedKey), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    /** Whether the signature is the payload's, compared in constant time. */
    public boolean verify(String keyName, String payload, String signature) {
        return signature != null && MessageDigest.isEqual(sign(keyName, payload).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** 32 random bytes, URL-safe base64: a token or a key. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] sharedKey(String name) {
        AppSecret stored = database.read(em -> em.find(AppSecret.class, name));
        if (stored == null) {
            try {
                database.transaction(em -> {
                    em.persist(new AppSecret(name, random()));
                });
            } catch (PersistenceException | IllegalStateException anotherInstanceWasFirst) {
                // Read the winner's below.
            }
            stored = database.read(em -> em.find(AppSecret.class, name));
        }
        return Base64.getUrlDecoder().decode(stored.getValue());
    }
}
