package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.campus.CurrentCampus;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one Thymeleaf engine, built on the first request from the servlet context. Pages hand it records built
 * for the view, never entities. Templates escape everything ({@code th:text}); the one {@code th:utext} inserts a
 * card body that this engine rendered, escaped, a moment earlier ({@link #fragment}).
 */
@ApplicationScoped
public class Views {

    @Inject
    Assets assets;

    @Inject
    CurrentCampus campus;

    private volatile JakartaServletWebApplication application;
    private volatile TemplateEngine engine;

    private synchronized void init(ServletContext context) {
        if (engine != null) {
            return;
        }
        JakartaServletWebApplication app = JakartaServletWebApplication.buildApplication(context);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(app);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine created = new TemplateEngine();
        created.setTemplateResolver(resolver);
        application = app;
        engine = created;
    }

    private TemplateEngine engine(ServletContext context) {
        if (engine == null) {
            init(context);
        }
        return engine;
    }

    /** The page as HTML. */
    public String html(HttpServletRequest request, HttpServletResponse response, String template, Map<String, ?> model) {
        TemplateEngine engine = engine(request.getServletContext());
        WebContext context = new WebContext(application.buildExchange(request, response), request.getLocale());
        // Every page shares the layout, which links the stylesheets and the script by their fingerprinted URLs.
        context.setVariable("stylesheets", List.of(assets.url("site.css"), assets.hallColoursUrl()));
        context.setVariable("script", assets.url("site.js"));
        // The product's name is the campus file's: nothing on a page says "5C" unless the file does.
        context.setVariable("siteName", campus.campus().name());
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }

    /** One fragment of a template, rendered on its own from the model: it depends on nothing else. */
    public String fragment(ServletContext servletContext, String template, String fragment, Map<String, ?> model) {
        TemplateEngine engine = engine(servletContext);
        Context context = new Context();
        model.forEach(context::setVariable);
        return engine.process(template, Set.of(fragment), context);
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, ?> model) throws IOException {
        String html = html(request, response, template, model);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
