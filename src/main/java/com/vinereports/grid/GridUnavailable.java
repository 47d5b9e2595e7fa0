package com.vinereports.grid;

/** The grid could not do what was asked in time (a lock not free, the grid shutting down). */
public class GridUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GridUnavailable(String message) {
        super(message);
    }
}
