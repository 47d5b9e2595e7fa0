package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Filevine's wire types stop inside {@code filevine/}: every other package works with the app's own types, so
 * a change in Filevine's shapes is a change in one package (the gateway translates, as Cargo Tracker's does).
 */
class WireBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/com/vinereports");
    private static final Pattern WIRE = Pattern.compile("com\\.vinereports\\.filevine\\.wire|\\bFv[A-Z]\\w*");

    @Test
    void noClassOutsideTheFilevinePackageSeesAWireType() throws IOException {
        List<String> leaks;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            leaks = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !SOURCES.relativize(file).startsWith("filevine"))
                    .filter(file -> WIRE.matcher(read(file)).find())
                    .map(file -> SOURCES.relativize(file).toString())
                    .toList();
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theCheckWouldSeeALeak() {
        assertTrue(WIRE.matcher("import com.vinereports.filevine.wire.FvProject;").find());
        assertTrue(WIRE.matcher("List<FvProject> projects").find());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
