package com.vinereports.grid;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's own data grid (Payara's Hazelcast member, found in JNDI by {@link Grids}). Only loaded when the
 * server has one, so the WAR needs no Hazelcast classes elsewhere (WildFly). Every map gets a time to live and a
 * bound per member, set here as the grid's dynamic configuration before the map is first used; backups are
 * synchronous (Hazelcast's default of one), so a value written here is on a second member before the call returns:
 * a node killed right after a refresh cannot take the rotated refresh token with it.
 */
final class HazelcastGrid implements Grid {

    private final HazelcastInstance hazelcast;

    HazelcastGrid(Object instance, int maxEntries) {
        this.hazelcast = (HazelcastInstance) instance;
        for (GridMap map : GridMap.values()) {
            MapConfig config = new MapConfig(map.mapName())
                    .setTimeToLiveSeconds((int) map.timeToLive().toSeconds())
                    .setBackupCount(1)
                    .setEvictionConfig(new EvictionConfig()
                            .setEvictionPolicy(EvictionPolicy.LRU)
                            .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                            .setSize(maxEntries));
            hazelcast.getConfig().addMapConfig(config);
        }
    }

    private IMap<String, byte[]> map(GridMap map) {
        return hazelcast.getMap(map.mapName());
    }

    @Override
    public Optional<byte[]> get(GridMap map, String key) {
        return Optional.ofNullable(map(map).get(key));
    }

    @Override
    public void put(GridMap map, String key, byte[] value) {
        map(map).set(key, value, map.timeToLive().toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void remove(GridMap map, String key) {
        map(map).delete(key);
    }

    @Override
    public <T> T exclusive(GridMap map, String key, Supplier<T> work) {
        IMap<String, byte[]> entries = map(map);
        long lease = GridMap.LOCK_LEASE.toMillis();
        try {
            if (!entries.tryLock(key, lease, TimeUnit.MILLISECONDS, lease, TimeUnit.MILLISECONDS)) {
                throw new GridUnavailable("A lock of " + map.mapName() + " was not free within " + lease / 1000 + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GridUnavailable("Interrupted while waiting for a lock of " + map.mapName());
        }
        try {
            return work.get();
        } finally {
            try {
                entries.unlock(key);
            } catch (IllegalMonitorStateException leaseRanOut) {
                // The lease ended first and the grid freed the lock: nothing left to release.
            }
        }
    }

    @Override
    public String describe() {
        return "Payara's data grid (Hazelcast " + hazelcast.getCluster().getClusterVersion() + ", "
                + hazelcast.getCluster().getMembers().size() + " member(s))";
    }
}
