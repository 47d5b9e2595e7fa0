package com.vinereports.history;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The history store on the default database: an H2 file, as {@code vine.data-dir} makes it. */
class HistoryStoreH2Test extends HistoryStoreContract {

    @TempDir
    Path dataDir;

    @Override
    String url() {
        return "jdbc:h2:file:" + dataDir.resolve("history");
    }

    @Override
    String user() {
        return "vine";
    }

    @Override
    String password() {
        return "";
    }
}
