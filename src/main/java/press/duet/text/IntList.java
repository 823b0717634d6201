package press.duet.text;

import java.util.Arrays;

/** A growable list of ints, to keep line ranges and break positions without boxing. */
final class IntList {
    private int[] values = new int[32];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
