package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private final SigningKeys keys = new SigningKeys();

    @Test
    void aKeyThatSignedSomeoneInIsKnownAndOthersStillGetAProbe() {
        assertEquals(Optional.empty(), keys.admit("key-1"));
        keys.settle(true);
        assertEquals(Optional.empty(), keys.admit("key-1"));
        keys.settle(false); // not a probe: changes nothing
        assertEquals(Optional.empty(), keys.admit("key-2"), "a rotation right after a good sign-in is probed");
        keys.settle(true);
        assertEquals(Optional.empty(), keys.admit("key-2"));
    }

    @Test
    void afterAFailedProbeUnknownKeysAreRefusedWithoutReachingTheMechanism() {
        keys.admit("key-1");
        keys.settle(true);
        assertEquals(Optional.empty(), keys.admit("made-up-1"));
        keys.settle(false);
        Optional<String> refused = keys.admit("made-up-2");
        assertTrue(refused.isPresent() && refused.get().contains("did not publish"), refused.toString());
        assertEquals(Optional.empty(), keys.admit("key-1"), "known keys are not held up");
        assertEquals(Optional.empty(), keys.admit(null), "a token without a key id is the mechanism's to judge");
    }

    @Test
    void aSecondSignInWithTheSameNewKeyWaitsForTheFirstsProbe() throws Exception {
        assertEquals(Optional.empty(), keys.admit("key-2"));
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() -> {
            Optional<String> verdict = keys.admit("key-2");
            keys.settle(true);
            return verdict;
        });
        Thread.sleep(300);
        assertTrue(!second.isDone(), "the second sign-in waits while the first probes");
        keys.settle(true);
        assertEquals(Optional.empty(), second.get(5, TimeUnit.SECONDS));
    }
}
