package com.vinereports.grid;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.UUID;

/**
 * Names one HTTP session's entries on the grid: a random id made with the session (never the session id itself,
 * which is a credential), travelling with the session to whichever node serves it next.
 */
@SessionScoped
public class GridSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}
