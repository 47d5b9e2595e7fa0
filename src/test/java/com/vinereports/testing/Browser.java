package com.vinereports.testing;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * what a real user's browser would have seen. On {@link #close()} it checks every page it received for
 * tokens: the known ones (what the API simulator accepted, every {@code id_token_hint} the browser carried)
 * and anything JWT-shaped.
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private final List<URL> requested = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pages = Collections.synchronizedList(new ArrayList<>());

    private final Supplier<? extends Collection<String>> knownTokens;

    /** @param knownTokens the access tokens the app used (e.g. those the API simulator accepted) */
    public Browser(Supplier<? extends Collection<String>> knownTokens) {
        this.knownTokens = knownTokens;
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
                // Every body that is not binary, redirects included: a token must not hide in any of them.
                String type = response.getContentType();
                boolean binary = type != null && (type.startsWith("image/") || type.startsWith("font/"));
                if (!binary) {
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

    /**
     * The app's answer to a page request of a browser that is not signed in, up to the redirect to the provider:
     * a browser without a session is first sent to {@code /app/sign-in} (no session is made for the first hop),
     * which this follows, without following anything else.
     */
    public WebResponse fetchTowardsLogin(String url) throws IOException {
        WebResponse response = fetchWithoutRedirect(url);
        String location = response.getResponseHeaderValue("Location");
        if (response.getStatusCode() / 100 == 3 && location != null && new URL(new URL(url), location).getPath().equals("/app/sign-in")) {
            return fetchWithoutRedirect(new URL(new URL(url), location).toString());
        }
        return response;
    }

    /** A request with the given method and headers, through this browser (cookies, recording, leak check). */
    public WebResponse send(String method, String url, Map<String, String> headers, String formBody) throws IOException {
        WebRequest request = new WebRequest(new URL(url), org.htmlunit.HttpMethod.valueOf(method));
        headers.forEach(request::setAdditionalHeader);
        if (formBody != null) {
            request.setAdditionalHeader("Content-Type", "application/x-www-form-urlencoded");
            request.setRequestBody(formBody);
        }
        client.getOptions().setRedirectEnabled(false);
        try {
            return client.loadWebResponse(request);
        } finally {
            client.getOptions().setRedirectEnabled(true);
        }
    }

    /** The value of one of this browser's cookies for the app, e.g. JSESSIONID, for requests made elsewhere. */
    public String cookie(String name) {
        org.htmlunit.http.Cookie cookie = client.getCookieManager().getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** A body this browser's session received by another client (e.g. parallel requests): leak-checked too. */
    public void record(String url, String body) {
        pages.add(url + "\n" + body);
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

    /** Every non-binary body received so far, each prefixed with its URL. */
    public List<String> pages() {
        synchronized (pages) {
            return List.copyOf(pages);
        }
    }

    /** Every {@code id_token_hint} this browser carried to a provider. */
    public Set<String> idTokenHints() {
        Set<String> hints = new HashSet<>();
        for (URL url : requested()) {
            String query = url.getQuery();
            if (query == null) {
                continue;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("id_token_hint=")) {
                    hints.add(java.net.URLDecoder.decode(pair.substring("id_token_hint=".length()),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return hints;
    }

    @Override
    public void close() {
        client.close();
        Set<String> tokens = new HashSet<>(knownTokens.get());
        tokens.addAll(idTokenHints());
        NoTokenLeaks.assertNoTokens(this, tokens);
    }
}
