package com.vinereports.filevine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One Filevine operation, made resiliently: each attempt takes a slot of the org's {@link CallBudget}, failures
 * worth retrying are retried ({@link Retries}), and what is left becomes a typed {@link FilevineException}.
 *
 * <p>The circuit breaker (MicroProfile Fault Tolerance) counts only outages, calls that failed even after their
 * retries: when most recent operations did, Filevine is down, and users get "Filevine can't be reached" at once
 * instead of each waiting through the retries; after the delay a few trial calls decide whether it closes.
 * Its numbers can be changed per deployment through MicroProfile Config
 * ({@code com.vinereports.filevine.FilevineCalls/invoke/CircuitBreaker/delay}, ...).
 */
@ApplicationScoped
public class FilevineCalls {

    private static final Logger LOG = Logger.getLogger(FilevineCalls.class.getName());

    @Inject
    CallBudget budget;

    @Inject
    @ConfigProperty(name = "filevine.retries", defaultValue = "3")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "filevine.retry-base-ms", defaultValue = "250")
    long retryBaseMs;

    @Inject
    @ConfigProperty(name = "filevine.retry-max-ms", defaultValue = "4000")
    long retryMaxMs;

    @Inject
    @ConfigProperty(name = "filevine.retry-after-max-seconds", defaultValue = "20")
    long retryAfterMaxSeconds;

    private Retries retries;

    @PostConstruct
    void configure() {
        retries = new Retries(maxRetries, Duration.ofMillis(retryBaseMs), Duration.ofMillis(retryMaxMs),
                Duration.ofSeconds(retryAfterMaxSeconds));
    }

    @CircuitBreaker(failOn = FilevineException.Outage.class, requestVolumeThreshold = 8, failureRatio = 0.75,
            delay = 20_000, successThreshold = 2)
    public <T> T invoke(Operation operation, CallCredentials credentials, Supplier<T> request) {
        if (credentials.orgId() == null && operation != Operation.USER_ORGS) {
            // Without tenant headers Filevine refuses the call, and it would escape the org's budget.
            throw new IllegalStateException("Filevine " + operation + " before an org was chosen");
        }
        for (int retry = 1; ; retry++) {
            budget.acquire(credentials);
            credentials.counted();
            int status;
            String retryAfter = null;
            Throwable failure;
            try {
                return credentials.run(request);
            } catch (FilevineRefusal answered) {
                status = answered.status();
                if (status == 401) {
                    throw new Unauthorized();
                }
                retryAfter = answered.retryAfter();
                failure = answered;
            } catch (ProcessingException noAnswer) {
                if (UnreadableAnswer.isBindingFailure(noAnswer)) {
                    throw unreadable(operation, noAnswer);
                }
                status = 0;
                failure = noAnswer;
            }
            Optional<Duration> pause = retries.pauseBefore(retry, status, retryAfter, Instant.now());
            LOG.log(Level.WARNING, "Filevine {0} failed (HTTP {1}, attempt {2}){3}", new Object[] {operation,
                    status == 0 ? "no answer: " + failure.getClass().getSimpleName() : status, retry,
                    pause.map(p -> ", retrying in " + p.toMillis() + " ms").orElse("")});
            if (pause.isEmpty()) {
                throw typed(operation, status, failure);
            }
            sleep(pause.get());
        }
    }

    /**
     * Filevine answered and the answer cannot be read: asking again gets the same answer, so no retry, and it
     * is not an outage. One line names the operation and the field, never a value (answers carry clients' data).
     */
    private static FilevineException unreadable(Operation operation, Throwable failure) {
        LOG.log(Level.WARNING, "Filevine {0} answered in a form this version cannot read (at {1})",
                new Object[] {operation, UnreadableAnswer.path(failure)});
        return new FilevineException(FilevineException.Kind.UNREADABLE, 200, null);
    }

    private static FilevineException typed(Operation operation, int status, Throwable failure) {
        if (status == 0 || status >= 502) {
            return new FilevineException.Outage(status, failure);
        }
        if (operation.aboutOneProject() && (status == 403 || status == 500)) {
            // Filevine answers 500 when the user is not on the project.
            return new FilevineException(FilevineException.Kind.FORBIDDEN, "You don't have access to this project.",
                    status, failure);
        }
        return new FilevineException(FilevineException.kindOf(status), status, failure);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, interrupted);
        }
    }
}
