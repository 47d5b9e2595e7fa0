package com.vinereports.reports;

import com.vinereports.auth.FilevineIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Joins a second request for a {@link SharedRun} report to the one this session is running. Outside the
 * session's report slots ({@link OrgWideLimit} runs inside this): joining costs neither a slot nor a call.
 */
@SharedRun
@Interceptor
@Priority(Interceptor.Priority.APPLICATION - 10)
public class RunningReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Runs runs;

    @Inject
    FilevineIdentity identity;

    @AroundInvoke
    Object joinOrRun(InvocationContext call) throws Exception {
        List<Object> report = new ArrayList<>(); // not List.of: the org may be null
        report.add(call.getMethod().toGenericString());
        report.add(identity.chosenOrg().map(org -> org.id()).orElse(null));
        for (Object argument : call.getParameters()) {
            if (!(argument instanceof ProgressListener)) {
                report.add(argument);
            }
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = runs.map().putIfAbsent(report, mine);
        if (running != null) {
            try {
                return running.get();
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception cause ? cause : failed;
            }
        }
        try {
            Object result = call.proceed();
            mine.complete(result);
            return result;
        } catch (Exception | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            runs.map().remove(report, mine);
        }
    }

    /** The session's reports in progress, by what they are. Not kept across a node: a report dies with it. */
    @SessionScoped
    public static class Runs implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Map<List<Object>, CompletableFuture<Object>> running;

        synchronized Map<List<Object>, CompletableFuture<Object>> map() {
            if (running == null) {
                running = new ConcurrentHashMap<>();
            }
            return running;
        }
    }
}
