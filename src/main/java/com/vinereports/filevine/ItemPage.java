package com.vinereports.filevine;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a Filevine list, in our types. Filevine says only whether more pages follow ({@code hasMore});
 * its {@code count} is not described and may count just the page. So the total is known only when this is the
 * last page, or when {@code count} is larger than what the page and the pages before it hold.
 *
 * @param total the number of matching items, or -1 when it is not known yet
 */
public record ItemPage<T>(List<T> items, int offset, int limit, boolean hasMore, int total) implements Serializable {

    /** From the envelope's figures: {@code count} may be a page count or a total, or missing. */
    static <T> ItemPage<T> of(List<T> items, int offset, int limit, boolean hasMore, Integer count) {
        int seen = offset + items.size();
        int total;
        if (!hasMore) {
            total = seen;
        } else if (count != null && count > seen) {
            total = count;
        } else {
            total = -1;
        }
        return new ItemPage<>(List.copyOf(items), offset, limit, hasMore, total);
    }
}
