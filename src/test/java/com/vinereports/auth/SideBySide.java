package com.vinereports.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A token scenario that runs side by side with the class's others (they mostly wait for real expiries); pair it with
 * {@code @ResourceLock(user)} so that one user's scenarios still run one at a time. On the methods, not the class:
 * the class itself must run alone, after the execution's other classes (Arquillian starts per class, in turn).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@Execution(ExecutionMode.CONCURRENT)
@interface SideBySide {
}
