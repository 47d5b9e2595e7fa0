package com.vinereports.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The firm behind the sandbox's API for a {@link SandboxIT} class (SeedData.firm); without it, the demo firm. */
@Inherited // a subclass that runs the same tests on another wire keeps the firm
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxFirm {

    /** Matters of Hartley & Moss LLP (org 7001). */
    int hartley();

    /** Matters of Rivera Injury Group (org 7002). */
    int rivera();
}
