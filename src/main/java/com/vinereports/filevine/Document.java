package com.vinereports.filevine;

import java.io.Serializable;
import java.time.Instant;

/** A document's metadata on a matter (never its bytes: the browser downloads them from Filevine). */
public record Document(int documentId, String filename, long size, Instant uploadedAt) implements Serializable {
}
