package com.vinereports.grid;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the app shares between its nodes: a few maps of bytes with an expiry, and a lock per key that holds across
 * the cluster. On Payara it is the server's own data grid (Hazelcast, {@link HazelcastGrid}); where the server
 * offers none to the app (WildFly, or {@code vine.grid=local}) it is this node's memory ({@link LocalGrid}), which is
 * the same thing for a single node.
 *
 * <p>Values are bytes ({@link GridValues}): the grid never needs the app's classes, so a node deserialises only
 * with its own class loader, and nothing of the app must be known to the grid's members.
 */
public interface Grid {

    Optional<byte[]> get(GridMap map, String key);

    /** Stores {@code value} for the map's time to live. */
    void put(GridMap map, String key, byte[] value);

    void remove(GridMap map, String key);

    /**
     * Runs {@code work} while holding the key's lock: no other thread of any node holds it meanwhile. A lock held
     * by a node that dies is released by the grid; one held longer than {@link GridMap#LOCK_LEASE} is released too
     * (a hung call must not lock a session or an org for good).
     */
    <T> T exclusive(GridMap map, String key, Supplier<T> work);

    /** For the log: which grid, how many members. */
    String describe();
}
