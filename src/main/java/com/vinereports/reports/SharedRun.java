package com.vinereports.reports;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A report that the same session may ask for twice while it runs (a second tab, the page and the API): the second
 * request joins the running one and gets its result, instead of asking Filevine for everything again. The report
 * is the same when the method, its arguments (progress listeners aside) and the org are.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SharedRun {
}
