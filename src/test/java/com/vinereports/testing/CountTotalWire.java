package com.vinereports.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link SandboxIT} class whose sandbox answers with the other reading of Filevine's description: a list's
 * {@code count} as all matching items (not the page's), {@code userType} as its number (not its name). Filevine
 * does not say which it sends: the same tests run against both, the strict reading by default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CountTotalWire {
}
