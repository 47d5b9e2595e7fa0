package com.vinereports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a start-up's time went, as Payara Micro's own log tells it (runtime boot, deployment, total). */
record StartUpLog(double runtimeSeconds, double deploySeconds, double readySeconds) {

    private static final Pattern RUNTIME = Pattern.compile("startup time : .*total\\(([0-9,]+)ms\\)");
    /** "...was successfully deployed in" for a WAR given with --deploy; "Loading application ... done in" for one
     *  already deployed in a prepared root directory (server-config/payara/prepare-launcher.sh). */
    private static final Pattern DEPLOYED = Pattern.compile("(?:was successfully deployed in|Loading application \\S+ done in) ([0-9,]+) m");
    private static final Pattern READY = Pattern.compile("ready in ([0-9,]+) \\(ms\\)");

    static StartUpLog read(Path log) throws IOException {
        String text = Files.readString(log);
        return new StartUpLog(seconds(RUNTIME, text), seconds(DEPLOYED, text), seconds(READY, text));
    }

    /** The rest of Payara's "ready in": Faces, CDI and servlet start of the app after its deployment. */
    double appStartSeconds() {
        return readySeconds - runtimeSeconds - deploySeconds;
    }

    String describe() {
        return String.format(Locale.ROOT, "runtime %.1f s + deployment %.1f s + app start %.1f s = Payara's ready %.1f s",
                runtimeSeconds, deploySeconds, appStartSeconds(), readySeconds);
    }

    private static double seconds(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        double found = Double.NaN;
        while (matcher.find()) {
            found = Long.parseLong(matcher.group(1).replace(",", "")) / 1000.0;
        }
        return found;
    }
}
