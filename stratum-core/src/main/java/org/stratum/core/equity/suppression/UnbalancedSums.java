package org.stratum.core.equity.suppression;

/**
 * Each sum's imbalance under a partial move, and the list of sums that do not balance, kept up to
 * date on every change so the search never scans balanced ones.
 */
final class UnbalancedSums {
    private final int[] imbalance;
    private final int[] position;
    private final int[] list;
    private int size;

    UnbalancedSums(int sums) {
        imbalance = new int[sums];
        position = new int[sums];
        list = new int[sums];
    }

    void add(int sum, int amount) {
        int before = imbalance[sum];
        int after = before + amount;
        imbalance[sum] = after;
        if (before == 0 && after != 0) {
            position[sum] = size;
            list[size++] = sum;
        } else if (before != 0 && after == 0) {
            int last = list[--size];
            list[position[sum]] = last;
            position[last] = position[sum];
        }
    }

    int imbalance(int sum) {
        return imbalance[sum];
    }

    int size() {
        return size;
    }

    int get(int index) {
        return list[index];
    }
}
