package com.vinereports.bench;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.PayaraProcess;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.StrictProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What every benchmark works with: the simulator, the OpenID provider, the running app, the table. */
record Lab(BenchScale scale, FilevineSimulator api, StrictProvider provider, PayaraProcess app, JvmProbe jvm,
           ResultTable table) {

    /** Signs in {@code count} sessions, cycling through the given users (each has its own cookie jar). */
    List<AppSession> signIn(int count, List<String> usernames) throws IOException, InterruptedException {
        List<AppSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = usernames.get(i % usernames.size());
            String password = SeedData.user(username).orElseThrow().password();
            sessions.add(AppSession.signIn(app.baseUrl(), provider.issuer(), username, password));
        }
        return sessions;
    }

    static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
