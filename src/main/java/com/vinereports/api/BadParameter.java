package com.vinereports.api;

/** A query parameter the API cannot use; answered 400 with the parameter's name and what it expects. */
public class BadParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameter(String parameter, String expected) {
        super(parameter + ": " + expected);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
