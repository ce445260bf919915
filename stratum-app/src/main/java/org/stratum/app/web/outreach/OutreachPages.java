package org.stratum.app.web.outreach;

/** Where a page of an outreach list sits in the whole list. */
record OutreachPages(int page, int size, long total) {

    long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    long last() {
        return Math.min(total, (long) page * size);
    }

    long count() {
        return Math.max(1, (total + size - 1) / size);
    }

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return (long) page * size < total;
    }
}
