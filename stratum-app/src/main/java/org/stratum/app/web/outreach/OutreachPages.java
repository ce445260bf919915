package org.stratum.app.web.outreach;

/** Where a page of an outreach list sits in the whole list. */
public record OutreachPages(int page, int size, long total) {

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return Math.min(total, (long) page * size);
    }

    public long count() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
