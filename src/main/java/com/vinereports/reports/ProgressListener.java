package com.vinereports.reports;

/** Told how far a report is: items done so far, of how many (0 while unknown). May be called from workers. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
