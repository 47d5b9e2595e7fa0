package com.vinereports.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * An open history database: a small connection pool, the schema brought up to date by Flyway, and an entity
 * manager factory on it. Plain Java (no CDI) so that tests open one on H2 or PostgreSQL directly.
 */
public final class HistoryDatabase implements AutoCloseable {

    /** Providers that a server may not list through the standard resolver (its bundles are not on our class path). */
    private static final List<String> KNOWN_PROVIDERS = List.of("org.eclipse.persistence.jpa.PersistenceProvider",
            "org.hibernate.jpa.HibernatePersistenceProvider");

    private static final String JUL_LOGGER = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    private final HikariDataSource pool;
    private final EntityManagerFactory factory;

    private HistoryDatabase(HikariDataSource pool, EntityManagerFactory factory) {
        this.pool = pool;
        this.factory = factory;
    }

    /** Opens (and migrates) the database at {@code url}; fails with the driver's or Flyway's reason. */
    public static HistoryDatabase open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("vine-history");
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1); // the first use says whether the database is there, not the pool
        config.setDriverClassName(driverFor(url));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            // Flyway logs through java.util.logging, the server's log: left to itself it takes the first logging API
            // on the class path (POI brings Log4j's API without an implementation, which prints an error).
            Flyway.configure(HistoryDatabase.class.getClassLoader()).loggers(JUL_LOGGER).dataSource(pool)
                    .locations("classpath:db/history").table("vine_schema_history").load().migrate();
            return new HistoryDatabase(pool, provider().createContainerEntityManagerFactory(new HistoryUnit(pool), Map.of()));
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    /** Named explicitly: a server's shared class path may hold other drivers that would claim the URL. */
    private static String driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("vine.db.url must start with jdbc:h2: or jdbc:postgresql:");
    }

    private static PersistenceProvider provider() {
        List<PersistenceProvider> listed = PersistenceProviderResolverHolder.getPersistenceProviderResolver()
                .getPersistenceProviders();
        if (!listed.isEmpty()) {
            return listed.get(0);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : KNOWN_PROVIDERS) {
            try {
                return (PersistenceProvider) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError notHere) {
                // try the next
            }
        }
        throw new PersistenceException("no Jakarta Persistence provider on this server");
    }

    /** {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager manager = factory.createEntityManager();
        EntityTransaction transaction = manager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(manager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            manager.close();
        }
    }

    /** {@code work} without a transaction of its own (reads). */
    public <T> T reading(Function<EntityManager, T> work) {
        EntityManager manager = factory.createEntityManager();
        try {
            return work.apply(manager);
        } finally {
            manager.close();
        }
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            pool.close();
        }
    }
}
