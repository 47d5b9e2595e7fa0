package com.vinereports.filevine;

import java.io.Serializable;

/** A project type of the org: its id and name (Filevine lists no code for a type; a matter carries its type's code). */
public record ProjectType(int id, String name) implements Serializable {
}
