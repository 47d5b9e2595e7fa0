package com.vinereports.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds Arquillian deployments: the real WAR from {@code mvn package}, unchanged. */
public final class Deployments {

    private Deployments() {
    }

    /** The production WAR, named ROOT so that Payara Micro serves it at "/" as in production. */
    public static WebArchive realWar() {
        File war = new File(System.getProperty("vine.war", "target/vine-reports.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The app's base URL, without a trailing slash. */
    public static String baseUrl() {
        return "http://localhost:" + Integer.getInteger("it.app.port", 7159);
    }
}
