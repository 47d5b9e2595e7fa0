package com.vinereports.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import org.htmlunit.html.HtmlPage;

/**
 * A page shows no stack trace: no exception name in what the user reads, no stack frame anywhere in the markup.
 * (The markup may name exception classes legitimately: PrimeFaces lists the error pages per exception type.)
 */
public final class NoStackTrace {

    private static final Pattern FRAME = Pattern.compile("\\bat [a-z][\\w.$]+\\([\\w]+\\.java:\\d+\\)");

    private NoStackTrace() {
    }

    public static void assertNone(HtmlPage page) {
        String text = page.asNormalizedText();
        assertFalse(text.contains("Exception"), "an exception named on the page: " + text);
        assertNone(page.asXml());
    }

    public static void assertNone(String body) {
        assertFalse(FRAME.matcher(body).find(), "a stack frame in the answer");
    }
}
