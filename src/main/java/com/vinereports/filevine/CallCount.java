package com.vinereports.filevine;

import jakarta.enterprise.context.RequestScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many Filevine calls (retries included) this request has made so far, on its own thread and on the workers
 * that serve it: what a report page says it cost, and what the API's {@code X-Filevine-Calls} header says.
 */
@RequestScoped
public class CallCount {

    private final AtomicInteger made = new AtomicInteger();

    public int made() {
        return made.get();
    }

    /** The counter itself, for calls made on worker threads, where this request's scope is not active. */
    AtomicInteger counter() {
        return made;
    }
}
