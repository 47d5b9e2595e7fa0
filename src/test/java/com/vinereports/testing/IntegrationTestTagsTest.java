package com.vinereports.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The failsafe executions pick integration tests by JUnit tag (pom.xml {@code <groups>}): an {@code *IT} class
 * without a tag that an execution runs would run nowhere, silently. This fails the build for such a class, and for
 * an execution whose tag no class carries.
 */
class IntegrationTestTagsTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern GROUPS = Pattern.compile("<groups>([^<]+)</groups>");
    private static final Pattern EXCLUDED = Pattern.compile("<excludedGroups>([^<]+)</excludedGroups>");

    /** The tags the pom's failsafe executions run. */
    static Set<String> executionTags(String pom) {
        return tagsIn(pom, GROUPS);
    }

    private static Set<String> tagsIn(String pom, Pattern element) {
        Set<String> tags = new TreeSet<>();
        Matcher groups = element.matcher(pom);
        while (groups.find()) {
            Arrays.stream(groups.group(1).split(",")).map(String::trim).forEach(tags::add);
        }
        return tags;
    }

    /** The classes among {@code tests} that no execution would run, with why. */
    static List<String> runNowhere(List<Class<?>> tests, Set<String> executions) {
        List<String> lost = new ArrayList<>();
        for (Class<?> test : tests) {
            Set<String> tags = tagsOf(test);
            if (tags.isEmpty()) {
                lost.add(test.getName() + ": no @Tag (testing/Suites)");
            } else if (tags.stream().noneMatch(executions::contains)) {
                lost.add(test.getName() + ": tags " + tags + " that no failsafe execution runs");
            }
        }
        return lost;
    }

    private static Set<String> tagsOf(Class<?> test) {
        Set<String> tags = new TreeSet<>();
        for (Class<?> type = test; type != null; type = type.getSuperclass()) {
            Arrays.stream(type.getAnnotationsByType(Tag.class)).map(Tag::value).forEach(tags::add);
        }
        return tags;
    }

    private static List<Class<?>> integrationTests() throws IOException, ClassNotFoundException {
        List<Class<?>> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("IT.java")).toList()) {
                String name = TESTS.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Class<?> test = Class.forName(name);
                if (!java.lang.reflect.Modifier.isAbstract(test.getModifiers())) { // base classes never run alone
                    tests.add(test);
                }
            }
        }
        return tests;
    }

    @Test
    void everyIntegrationTestRunsInAnExecutionAndEveryExecutionRunsSome() throws Exception {
        Set<String> executions = executionTags(Files.readString(Path.of("pom.xml")));
        List<Class<?>> tests = integrationTests();
        assertTrue(tests.size() >= 10, "the integration tests were found: " + tests);
        assertEquals(List.of(), runNowhere(tests, executions));
        Set<String> used = new TreeSet<>();
        tests.forEach(test -> used.addAll(tagsOf(test)));
        assertTrue(used.containsAll(executions), "every execution's tag is carried by a test: " + used);
        // A tag no execution runs is a marker that some execution leaves out (count-total), or a typo.
        Set<String> known = new TreeSet<>(executions);
        known.addAll(tagsIn(Files.readString(Path.of("pom.xml")), EXCLUDED));
        assertTrue(known.containsAll(used), "tags that no execution names: " + used + " against " + known);
    }

    /** What the guard must catch: a new integration test that nobody tagged, or tagged for no execution. */
    @Test
    void anUntaggedOrWronglyTaggedTestIsCaught() {
        class FooSandboxIT {
        }
        @Tag("sandbox-typo")
        class BarSandboxIT {
        }
        @Tag(Suites.SANDBOX)
        class BazSandboxIT {
        }
        List<String> lost = runNowhere(List.of(FooSandboxIT.class, BarSandboxIT.class, BazSandboxIT.class),
                Set.of(Suites.SANDBOX));
        assertEquals(2, lost.size(), lost.toString());
        assertTrue(lost.get(0).contains("FooSandboxIT") && lost.get(1).contains("sandbox-typo"), lost.toString());
    }
}
