package org.fivecmenus.upstream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.HallSources.HallSource;
import org.fivecmenus.upstream.VendorException.Failure;

/**
 * Fetches one vendor URL with {@link HttpClient}: a bounded wait, the kind's headers ({@link VendorHeaders})
 * and signature ({@link VendorKind#sign}), and a conditional GET when the caller has validators. Knows nothing
 * of formats: the body goes to a {@link MenuParser}.
 *
 * <p>{@link HttpRequest#timeout} stops only the wait for response headers, so the whole exchange (headers and
 * body) is bounded here too, and bodies are capped: a vendor that trickles bytes or sends gigabytes cannot hold
 * a request thread.
 *
 * <p>Longer than 250 lines because every kind's requests share one set of limits (timeouts, size
 * caps, redirects, headers, validators) that only make sense side by side.
 */
public class VendorClient {

    /** The largest body accepted: Bon Appétit pages are 1.0–1.5 MB, Pomona feeds up to 2.8 MB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final HttpClient http;
    private final Duration timeout;
    private final int maxBodyBytes;
    private final VendorHeaders headers;

    /**
     * @param http    built with a connect timeout, e.g. by {@link #httpClient(Duration)}
     * @param timeout the longest a whole fetch may take
     */
    public VendorClient(HttpClient http, Duration timeout) {
        this(http, timeout, VendorHeaders.defaults());
    }

    public VendorClient(HttpClient http, Duration timeout, VendorHeaders headers) {
        this(http, timeout, DEFAULT_MAX_BODY_BYTES, headers);
    }

    VendorClient(HttpClient http, Duration timeout, int maxBodyBytes) {
        this(http, timeout, maxBodyBytes, VendorHeaders.defaults());
    }

    private VendorClient(HttpClient http, Duration timeout, int maxBodyBytes, VendorHeaders headers) {
        this.headers = Objects.requireNonNull(headers);
        this.http = Objects.requireNonNull(http);
        this.timeout = Objects.requireNonNull(timeout);
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * A client for vendor calls: connect timeout, and redirects not followed. The JDK client would resend a
     * kind's API key to wherever a redirect points; a vendor that moved is a configuration change
     * (HALL_&lt;ID&gt;_SOURCE), reported with its new location.
     */
    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A page for browsers (a hall's public page, {@link HallSource#page()}), asked for as HTML and not signed:
     * what a kind's {@link VendorKind#detour} reads.
     */
    public VendorResponse fetchPage(HallSource source, URI page, VendorKind kind) throws VendorException {
        HttpRequest.Builder request = HttpRequest.newBuilder(page).GET().timeout(timeout);
        headers.of(kind).forEach(request::header);
        request.setHeader("Accept", "text/html,application/xhtml+xml");
        return send(request, page, kind, source.hallId(), Validators.NONE);
    }

    /**
     * @param previous validators of the last response from this URL, or {@link Validators#NONE}
     * @return a 2xx body, or a 304 "not modified" when the validators still hold
     * @throws VendorException on any other status, a timeout, a connection failure or an oversized body
     */
    public VendorResponse fetch(HallSource source, LocalDate date, Validators previous, VendorKind kind)
            throws VendorException {
        String hallId = source.hallId();
        URI uri;
        try {
            uri = source.uri(date);
        } catch (IllegalArgumentException e) {
            throw new VendorException(kind.name(), hallId, Failure.CONFIGURATION, 0, "bad URL template "
                    + source.urlTemplate(), e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout);
        headers.of(kind).forEach(request::header);
        kind.sign(request, hallId);
        return send(request, uri, kind, hallId, previous);
    }

    private VendorResponse send(HttpRequest.Builder request, URI uri, VendorKind kind, String hallId,
                                Validators previous) throws VendorException {
        VendorKindName vendor = kind.name();
        Validators validators = previous == null ? Validators.NONE : previous;
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }

        HttpResponse<byte[]> response = send(request.build(), vendor, hallId);
        int status = response.statusCode();
        Validators received = new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        if (status == 304) {
            return new VendorResponse(uri, status, new byte[0], new Validators(
                    received.etag() != null ? received.etag() : validators.etag(),
                    received.lastModified() != null ? received.lastModified() : validators.lastModified()));
        }
        if (status < 200 || status > 299) {
            throw VendorException.forStatus(vendor, hallId, status,
                    "HTTP " + status + " from " + uri + kind.hint(status)
                            + response.headers().firstValue("Location").map(l -> " (moved to " + l
                                    + ": update " + HallSources.configKey(hallId) + ")").orElse("")
                            + " (body starts with \""
                            + Text.preview(new String(response.body(), 0, Math.min(response.body().length, 400),
                            StandardCharsets.UTF_8)) + "\")");
        }
        return new VendorResponse(uri, status, response.body(), received);
    }

    private HttpResponse<byte[]> send(HttpRequest request, VendorKindName vendor, String hallId) throws VendorException {
        AtomicBoolean tooLarge = new AtomicBoolean();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, info -> new CappedBody(maxBodyBytes, tooLarge));
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new VendorException(vendor, hallId, Failure.TIMEOUT, 0,
                    "no complete answer from " + request.uri() + " within " + timeout, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new VendorException(vendor, hallId, Failure.IO, 0, "interrupted fetching " + request.uri(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (causedBy(cause, HttpTimeoutException.class)) {
                throw new VendorException(vendor, hallId, Failure.TIMEOUT, 0,
                        "no answer from " + request.uri() + " within " + timeout, cause);
            }
            // Cancelling the body stream can surface as the client's own "stream cancelled" error.
            if (tooLarge.get() || causedBy(cause, BodyTooLarge.class)) {
                throw new VendorException(vendor, hallId, Failure.TOO_LARGE, 0,
                        "body from " + request.uri() + " exceeds " + maxBodyBytes + " bytes", cause);
            }
            String what = cause instanceof ConnectException ? "cannot connect to " : "I/O failure fetching ";
            throw new VendorException(vendor, hallId, Failure.IO, 0,
                    what + request.uri() + ": " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Collects a body up to a limit, then cancels the exchange rather than buffer without end. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final AtomicBoolean tooLarge;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int max, AtomicBoolean tooLarge) {
            this.max = max;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + item.remaining() > max) {
                    tooLarge.set(true);
                    result.completeExceptionally(new BodyTooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("response body too large");
        }
    }
}
