package com.vinereports.filevine.wire;

import java.io.Serializable;
import java.util.List;

/**
 * Filevine's list envelope. {@code count} is read as the number of matching items when it exceeds the page
 * (then the remaining pages can be fetched in parallel); a per-page count also works, page by page.
 */
public class FvItemList<T> implements Serializable {
    public List<T> items;
    public Integer count;
    public Integer offset;
    public Integer limit;
    public Boolean hasMore;
}
