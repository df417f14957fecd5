package org.fivecmenus.cache;

/**
 * What operators see of the cache ({@code /admin/services}). {@code degraded} means Redis is configured but
 * not answering, and requests are being served from the in-process cache instead.
 */
public record CacheState(String backend, boolean connected, boolean degraded, String detail) {
}
