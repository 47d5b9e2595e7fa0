package com.vinereports.filevine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One org's Filevine calls in the last {@link CallBudget#WINDOW}, oldest first, and the pages waiting for a slot,
 * as {@link CallBudget} keeps them on the grid (shared by every node). Written as compact bytes (13 per call: a
 * full minute of 600 calls is 8 KB), read and written under the org's grid lock.
 */
final class BudgetWindow {

    /** One call's slot: when it left, whether it was bulk work, for whom (0: no user). */
    record Slot(Instant at, boolean bulk, int user) {
    }

    private final List<Slot> slots;
    /** Pages waiting for a slot, each until it gives up: a node that dies with a page waiting cannot block bulk work for good. */
    private final Map<Long, Instant> pagesWaiting;

    private BudgetWindow(List<Slot> slots, Map<Long, Instant> pagesWaiting) {
        this.slots = slots;
        this.pagesWaiting = pagesWaiting;
    }

    static BudgetWindow empty() {
        return new BudgetWindow(new ArrayList<>(), new HashMap<>());
    }

    /** Forgets calls older than the window and pages past their waiting time. */
    BudgetWindow at(Instant now, Duration window) {
        slots.removeIf(slot -> !slot.at().plus(window).isAfter(now));
        pagesWaiting.values().removeIf(until -> !until.isAfter(now));
        return this;
    }

    int calls() {
        return slots.size();
    }

    long count(Predicate<Slot> which) {
        return slots.stream().filter(which).count();
    }

    /** How long until the oldest call of this kind leaves the window (at least a millisecond). */
    Duration untilOldestOf(Predicate<Slot> which, Instant now, Duration window) {
        return slots.stream().filter(which).findFirst()
                .map(oldest -> Duration.between(now, oldest.at().plus(window)))
                .filter(wait -> !wait.isNegative() && !wait.isZero())
                .orElse(Duration.ofMillis(1));
    }

    static Predicate<Slot> bulkOf(int user) {
        return slot -> slot.bulk() && Objects.equals(slot.user(), user);
    }

    void take(Instant now, boolean bulk, int user) {
        slots.add(new Slot(now, bulk, user));
    }

    boolean pagesWaiting() {
        return !pagesWaiting.isEmpty();
    }

    void pageWaits(long waiter, Instant until) {
        pagesWaiting.put(waiter, until);
    }

    void pageDone(long waiter) {
        pagesWaiting.remove(waiter);
    }

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + slots.size() * 13 + pagesWaiting.size() * 16);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(slots.size());
            for (Slot slot : slots) {
                out.writeLong(slot.at().toEpochMilli());
                out.writeBoolean(slot.bulk());
                out.writeInt(slot.user());
            }
            out.writeInt(pagesWaiting.size());
            for (Map.Entry<Long, Instant> page : pagesWaiting.entrySet()) {
                out.writeLong(page.getKey());
                out.writeLong(page.getValue().toEpochMilli());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return buffer.toByteArray();
    }

    static BudgetWindow of(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int calls = in.readInt();
            List<Slot> slots = new ArrayList<>(calls + 1);
            for (int i = 0; i < calls; i++) {
                slots.add(new Slot(Instant.ofEpochMilli(in.readLong()), in.readBoolean(), in.readInt()));
            }
            int waiting = in.readInt();
            Map<Long, Instant> pages = new HashMap<>();
            for (int i = 0; i < waiting; i++) {
                pages.put(in.readLong(), Instant.ofEpochMilli(in.readLong()));
            }
            return new BudgetWindow(slots, pages);
        } catch (IOException unreadable) {
            return empty(); // written by another version of the app: start the minute afresh
        }
    }
}
