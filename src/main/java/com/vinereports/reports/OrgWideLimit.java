package com.vinereports.reports;

import com.vinereports.filevine.CallLane;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Holds one of the session's {@link ReportSlots} around every {@link OrgWide} method, or refuses at once; and
 * makes its Filevine calls bulk work, which the org's call budget serves after pages ({@link CallLane}).
 */
@OrgWide
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class OrgWideLimit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportSlots slots;

    @AroundInvoke
    Object oneSlot(InvocationContext call) throws Exception {
        if (!slots.take()) {
            throw new TooManyReports();
        }
        try {
            return CallLane.bulk(call::proceed);
        } finally {
            slots.release();
        }
    }
}
