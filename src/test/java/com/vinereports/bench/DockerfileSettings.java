package com.vinereports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options and environment the Dockerfile starts the app with, read from the Dockerfile itself, so that the
 * benchmarks measure exactly what production runs and cannot drift from it.
 */
record DockerfileSettings(List<String> jvmOptions, Map<String, String> environment) {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    static DockerfileSettings read(Path dockerfile) throws IOException {
        String text = Files.readString(dockerfile).replace("\\\n", " ");
        List<String> options = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("ENTRYPOINT")) {
                Matcher argument = QUOTED.matcher(trimmed);
                while (argument.find()) {
                    String value = argument.group(1);
                    // The JVM's options; the archive and the jar are where the benchmark prepared them.
                    if (value.startsWith("-XX:") && !value.startsWith("-XX:SharedArchiveFile")) {
                        options.add(value);
                    }
                }
            } else if (trimmed.startsWith("ENV ")) {
                String[] pair = trimmed.substring(4).trim().split("=", 2);
                if (pair.length == 2 && !pair[0].startsWith("VINE_")) { // the app's own settings are the benchmark's
                    environment.put(pair[0], pair[1]);
                }
            }
        }
        if (options.isEmpty()) {
            throw new IllegalStateException("No JVM options found in the ENTRYPOINT of " + dockerfile);
        }
        return new DockerfileSettings(List.copyOf(options), Map.copyOf(environment));
    }
}
