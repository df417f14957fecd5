package org.fivecmenus.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fivecmenus.admin.PasswordHashes;

/** A browser-like admin session over plain HTTP: its cookies and the page's CSRF token, kept by hand. */
public final class AdminSession {

    public static final String USER = "alice";
    public static final String PASSWORD = "correct horse battery staple";
    /** The test applications' ADMIN_ACCOUNTS: only a salted hash, as an operator would configure it. */
    /** A second admin whose password is not ASCII: forms must arrive as UTF-8 for it to sign in. */
    public static final String OTHER_USER = "bea";
    public static final String OTHER_PASSWORD = "Día de Muertos ☕ contraseña ñ";
    public static final String ACCOUNTS = USER + ":" + PasswordHashes.hash(PASSWORD.toCharArray()) + ","
            + OTHER_USER + ":" + PasswordHashes.hash(OTHER_PASSWORD.toCharArray());

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)(.*)$");

    private final App app;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token = "";

    public AdminSession(App app) {
        this.app = app;
    }

    /** Opens the sign-in page (which hands out the form's token) and signs in. */
    public HttpResponse<String> signIn(String user, String password) {
        get("/admin/login");
        return post("/admin/login", Map.of("username", user, "password", password));
    }

    public static AdminSession signedIn(App app) {
        AdminSession session = new AdminSession(app);
        HttpResponse<String> response = session.signIn(USER, PASSWORD);
        if (response.statusCode() != 302) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = cookies.isEmpty() ? app.get(path) : app.get(path, "Cookie", cookieHeader());
        remember(response);
        return response;
    }

    /** Posts the form with the current CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", token);
        return postRaw(path, fields);
    }

    /** Posts exactly the given fields: no token unless given. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = app.send(request.build());
        remember(response);
        return response;
    }

    /** The CSRF token of the last page that had a form. */
    public String token() {
        return token;
    }

    /** The cookies this browser holds, as it would send them. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Carries the cookies over to another instance, as a browser behind a load balancer would. */
    public AdminSession on(App other) {
        AdminSession moved = new AdminSession(other);
        moved.cookies.putAll(cookies);
        moved.token = token;
        return moved;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private void remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").forEach(header -> {
            Matcher cookie = COOKIE.matcher(header);
            if (cookie.find()) {
                boolean gone = cookie.group(2).isEmpty() || cookie.group(3).contains("Max-Age=0");
                if (gone) {
                    cookies.remove(cookie.group(1).strip());
                } else {
                    cookies.put(cookie.group(1).strip(), cookie.group(2));
                }
            }
        });
        Matcher found = TOKEN.matcher(response.body());
        if (found.find()) {
            token = found.group(1);
        }
    }
}
