package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    public record Services(CacheState cache, DatabaseState database) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The two state records, written as they are (snake_case, nulls included, like every answer).
        byte[] body = JsonConfig.jsonb().toJson(new Services(cache.state(), database.state()))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
