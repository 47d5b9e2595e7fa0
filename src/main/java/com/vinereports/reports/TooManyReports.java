package com.vinereports.reports;

import com.vinereports.filevine.FilevineException;

/** This session already runs {@link ReportSlots#MAX} org-wide reports or exports: try again when one is done. */
public class TooManyReports extends FilevineException {

    private static final long serialVersionUID = 1L;

    /** What an API client is told to wait, in seconds: about what a big report takes. */
    public static final int RETRY_AFTER_SECONDS = 15;

    public TooManyReports() {
        super(Kind.LIMITED, 0);
    }
}
