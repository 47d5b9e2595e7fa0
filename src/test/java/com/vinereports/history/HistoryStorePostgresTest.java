package com.vinereports.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The history store on PostgreSQL (a real server, from zonky's binaries), each test on an empty database. */
class HistoryStorePostgresTest extends HistoryStoreContract {

    static EmbeddedPostgres postgres;
    static int databases;
    String database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    @BeforeEach
    void open() {
        database = "history_" + ++databases;
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + database);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        super.open();
    }

    @Override
    String url() {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String password() {
        return "";
    }
}
