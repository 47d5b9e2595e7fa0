package com.vinereports.reports;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many org-wide reports and exports one session runs at once: at most {@link #MAX}. One person's tabs
 * cannot then take the org's whole Filevine budget; a third one is refused with "please wait", at once.
 */
@SessionScoped
public class ReportSlots implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX = 2;

    private final AtomicInteger running = new AtomicInteger();

    boolean take() {
        return running.getAndUpdate(n -> n < MAX ? n + 1 : n) < MAX;
    }

    void release() {
        running.updateAndGet(n -> Math.max(0, n - 1));
    }
}
