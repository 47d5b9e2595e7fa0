package com.vinereports.filevine.wire;

import java.util.List;

/**
 * Filevine's list envelope. Only {@code hasMore} says whether another page exists; {@code count} is not
 * described and may count the page or all matching items, so it is a total only when it exceeds the page.
 */
public class FvItemList<T> {
    public List<T> items;
    public Integer count;
    public Integer offset;
    public Integer limit;
    public Boolean hasMore;
}
