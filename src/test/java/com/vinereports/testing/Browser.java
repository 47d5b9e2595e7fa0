package com.vinereports.testing;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A browser for the integration tests (HtmlUnit): keeps cookies, follows redirects, runs the providers'
 * scripts, and remembers every URL it requested and every page it received, so that tests can assert
 * what a real user's browser would have seen (and that no token ever appeared in it).
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private final List<URL> requested = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pages = Collections.synchronizedList(new ArrayList<>());

    public Browser() {
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        client.getOptions().setTimeout(30_000);
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                requested.add(request.getUrl());
                WebResponse response = super.getResponse(request);
                String type = response.getContentType();
                if (type != null && (type.contains("html") || type.contains("json") || type.contains("xml"))) {
                    pages.add(request.getUrl() + "\n" + response.getContentAsString());
                }
                return response;
            }
        };
    }

    public HtmlPage open(String url) throws IOException {
        Page page = client.getPage(url);
        if (page instanceof HtmlPage html) {
            return html;
        }
        throw new AssertionError("Not an HTML page at " + page.getUrl() + ": " + page.getWebResponse().getContentType()
                + " " + page.getWebResponse().getStatusCode() + "\n" + page.getWebResponse().getContentAsString());
    }

    /** Opens a URL in a new window sharing this browser's cookies, as a second tab would. */
    public HtmlPage openInNewTab(String url) throws IOException {
        org.htmlunit.WebWindow tab = client.openWindow(new URL(url), "tab-" + System.nanoTime());
        return (HtmlPage) tab.getEnclosedPage();
    }

    /** Opens a URL without following redirects, e.g. to tamper with a callback before it is followed. */
    public WebResponse fetchWithoutRedirect(String url) throws IOException {
        client.getOptions().setRedirectEnabled(false);
        try {
            return client.loadWebResponse(new WebRequest(new URL(url)));
        } finally {
            client.getOptions().setRedirectEnabled(true);
        }
    }

    public void redirects(boolean follow) {
        client.getOptions().setRedirectEnabled(follow);
    }

    public WebClient client() {
        return client;
    }

    /** Every URL requested so far, in order. */
    public List<URL> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    /** Every HTML/JSON/XML body received so far, each prefixed with its URL. */
    public List<String> pages() {
        synchronized (pages) {
            return List.copyOf(pages);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
