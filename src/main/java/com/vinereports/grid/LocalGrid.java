package com.vinereports.grid;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * This node's memory as the grid: for a single node, or a server that offers the app no data grid. Each map is
 * bounded (least recently used entries go first) and its entries expire like the data grid's.
 */
public final class LocalGrid implements Grid {

    private static final int LOCK_STRIPES = 256;

    private record Entry(byte[] value, Instant expiresAt) {
    }

    private final Map<GridMap, LinkedHashMap<String, Entry>> maps = new EnumMap<>(GridMap.class);
    private final Map<GridMap, ReentrantLock[]> locks = new EnumMap<>(GridMap.class);
    private final int maxEntries;
    private final Clock clock;

    public LocalGrid(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
        for (GridMap map : GridMap.values()) {
            maps.put(map, new LinkedHashMap<>(64, 0.75f, true));
            ReentrantLock[] stripes = new ReentrantLock[LOCK_STRIPES];
            for (int i = 0; i < stripes.length; i++) {
                stripes[i] = new ReentrantLock();
            }
            locks.put(map, stripes);
        }
    }

    @Override
    public Optional<byte[]> get(GridMap map, String key) {
        LinkedHashMap<String, Entry> entries = maps.get(map);
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!entry.expiresAt().isAfter(clock.instant())) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.value());
        }
    }

    @Override
    public void put(GridMap map, String key, byte[] value) {
        LinkedHashMap<String, Entry> entries = maps.get(map);
        Instant now = clock.instant();
        synchronized (entries) {
            entries.put(key, new Entry(value, now.plus(map.timeToLive())));
            Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
            while (entries.size() > maxEntries && oldestFirst.hasNext()) {
                oldestFirst.next();
                oldestFirst.remove();
            }
        }
    }

    @Override
    public void remove(GridMap map, String key) {
        LinkedHashMap<String, Entry> entries = maps.get(map);
        synchronized (entries) {
            entries.remove(key);
        }
    }

    @Override
    public <T> T exclusive(GridMap map, String key, Supplier<T> work) {
        ReentrantLock lock = locks.get(map)[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
        try {
            if (!lock.tryLock(GridMap.LOCK_LEASE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new GridUnavailable("A lock of " + map.mapName() + " was not free within "
                        + GridMap.LOCK_LEASE.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GridUnavailable("Interrupted while waiting for a lock of " + map.mapName());
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        return "this node's memory (no data grid)";
    }
}
