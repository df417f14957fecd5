package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fivecmenus.cache.CacheState;
import org.fivecmenus.cache.SharedCache;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.database.Database;
import org.fivecmenus.database.DatabaseState;

/**
 * What readiness used to tell everyone, for signed-in operators only (AdminGate guards {@code /admin/*}): which
 * cache and database this instance uses, whether they answer, the schema version and the last error.
 */
@WebServlet(urlPatterns = "/admin/services")
public class ServicesStatus extends HttpServlet {

    @Inject
    SharedCache cache;

    @Inject
    Database database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CacheState cacheState = cache.state();
        DatabaseState db = database.state();
        Map<String, Object> cacheMap = new LinkedHashMap<>();
        cacheMap.put("backend", cacheState.backend());
        cacheMap.put("connected", cacheState.connected());
        cacheMap.put("degraded", cacheState.degraded());
        cacheMap.put("detail", cacheState.detail());
        Map<String, Object> dbMap = new LinkedHashMap<>();
        dbMap.put("up", db.up());
        dbMap.put("kind", db.kind());
        dbMap.put("schema_version", db.schemaVersion());
        dbMap.put("error", db.error());
        byte[] body = JsonConfig.jsonb().toJson(Map.of("cache", cacheMap, "database", dbMap))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
