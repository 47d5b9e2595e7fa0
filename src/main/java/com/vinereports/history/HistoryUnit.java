package com.vinereports.history;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The history's persistence unit, described in code (Jakarta Persistence's SPI) rather than in a persistence.xml:
 * the server would deploy a persistence.xml's unit itself, on a datasource fixed in the server's configuration,
 * while this one uses the datasource that the settings choose, the same way on every server. The provider is the
 * server's own (EclipseLink on Payara, Hibernate on WildFly). No shared cache: another node may write the same rows.
 */
final class HistoryUnit implements PersistenceUnitInfo {

    static final List<String> ENTITIES = List.of(MatterState.class.getName(), PhaseObservation.class.getName(),
            DailyFigures.class.getName());

    private final DataSource dataSource;
    private final Properties properties = new Properties();

    HistoryUnit(DataSource dataSource) {
        this.dataSource = dataSource;
        // Provider settings; each provider ignores the other's. No weaving: nothing registers an agent for it.
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "500");
        properties.put("hibernate.jdbc.batch_size", "500");
        properties.put("hibernate.order_inserts", "true");
        properties.put("hibernate.order_updates", "true");
    }

    @Override
    public String getPersistenceUnitName() {
        return "vine-history";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return null;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /**
     * The folder (or jar) that holds the entities, from where this class was loaded: a server's code source is not
     * always that (on Payara Micro it is no archive EclipseLink can open: "zip END header not found").
     */
    @Override
    public URL getPersistenceUnitRootUrl() {
        String self = HistoryUnit.class.getName().replace('.', '/') + ".class";
        String url = HistoryUnit.class.getClassLoader().getResource(self).toExternalForm();
        try {
            return new URL(url.substring(0, url.length() - self.length()).replaceFirst("^jar:(.*)!/$", "$1"));
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        return ENTITIES;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return HistoryUnit.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving (see the constructor)
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return HistoryUnit.class.getClassLoader();
    }
}
