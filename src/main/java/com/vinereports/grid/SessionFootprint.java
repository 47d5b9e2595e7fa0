package com.vinereports.grid;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a session costs the grid: its attributes serialised, as the server serialises them to replicate the session
 * to another node, counted in bytes (never kept: the bytes go nowhere). Attributes that do not serialise are named
 * instead (they cannot travel to another node).
 */
public record SessionFootprint(long bytes, List<String> notSerializable) {

    public static SessionFootprint of(HttpSession session) {
        long total = 0;
        List<String> failed = new ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            Counter counter = new Counter();
            try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
                out.writeObject(name);
                out.writeObject(value);
            } catch (IOException notSerializable) {
                failed.add(name);
                continue;
            }
            total += counter.count;
        }
        return new SessionFootprint(total, List.copyOf(failed));
    }

    /** Counts what is written and keeps none of it. */
    private static final class Counter extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
