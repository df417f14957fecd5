package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one Thymeleaf engine, built on the first request from the servlet context. Pages hand it records built
 * for the view, never entities. Templates escape everything ({@code th:text}); none uses {@code th:utext}.
 */
@ApplicationScoped
public class Views {

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

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, ?> model) throws IOException {
        if (engine == null) {
            init(request.getServletContext());
        }
        WebContext context = new WebContext(application.buildExchange(request, response), request.getLocale());
        model.forEach(context::setVariable);
        String html = engine.process(template, context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
