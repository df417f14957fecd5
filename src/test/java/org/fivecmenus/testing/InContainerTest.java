package org.fivecmenus.testing;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose application Arquillian deploys (arquillian-payara-micro-managed, see
 * src/test/resources/arquillian.xml): the packaged WAR in Payara Micro, configured by {@link InContainer}. The
 * tests are its clients, over HTTP ({@link App}).
 *
 * <p>Every class that needs only a running server is one of these (the others, which kill, restart or starve a
 * server, run two, or need a start to fail, use {@link DeployedApp}). Those without {@link OwnDeployment} share one
 * deployment for the whole run (arquillian-suite-extension, named in arquillian.xml), so such a class costs only
 * its requests: it leaves the application as it would find it (overrides on dates of its own, the vendor stub
 * restored). A class with settings of its own ({@link AppSettings}), or one that changes or counts what the
 * others share, gets a deployment of its own, and pays a server's boot.
 */
@Tag("in-container")
@ExtendWith(InContainer.class)
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerTest {

    @ArquillianResource
    private URL deployment;
    private App app;
    private VendorStub vendors;

    /** Arquillian claims constructor parameters for itself, so the class's application comes through here. */
    @BeforeEach
    void useTheDeployment(App deployed, VendorStub stub) {
        app = deployed;
        vendors = stub;
    }

    /** The deployed application, as its clients see it. */
    protected App app() {
        return app;
    }

    /** The vendors the application asks, for a test to count calls or change answers (restored after it). */
    protected VendorStub vendors() {
        return vendors;
    }

    /** Where Arquillian deployed the WAR; null until it has. */
    URL deployment() {
        return deployment;
    }

    /** The WAR that {@code mvn package} made, as it is: the tests see what an operator deploys. */
    @Deployment(testable = false)
    public static WebArchive war() {
        File war = new File(System.getProperty("app.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Arquillian deploys the packaged WAR (" + war + "): run `mvn -B verify`.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
