package fr.relance.ingest.ledger.internal;

import java.util.Arrays;

/**
 * Numbers distinct strings 0, 1, 2... in the order they are added, and finds a string's
 * number again: an open-addressing hash table over an array of the keys, so that a
 * million invoice numbers cost their strings and a few megabytes, not a million map
 * entries. Each slot keeps the key's hash beside its number, so a probe looks at a key
 * only when the hashes match. Its owners keep what they know of each key in plain arrays
 * indexed by that number.
 */
final class StringIndex {

	static final int ABSENT = -1;

	private String[] keys = new String[1024];

	/**
	 * Per slot: the key's hash in the high half, its number + 1 in the low half; 0 when
	 * free. Power-of-two length.
	 */
	private long[] slots = new long[2048];

	private int size;

	int size() {
		return size;
	}

	String key(int number) {
		return keys[number];
	}

	/** The number of {@code key}, or {@link #ABSENT}. */
	int find(String key) {
		int hash = key.hashCode();
		int mask = slots.length - 1;
		for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
			long entry = slots[slot];
			if (entry == 0) {
				return ABSENT;
			}
			if ((int) (entry >>> 32) == hash && keys[(int) entry - 1].equals(key)) {
				return (int) entry - 1;
			}
		}
	}

	/** The number of {@code key}, added with the next number if it was not there. */
	int add(String key) {
		int hash = key.hashCode();
		int mask = slots.length - 1;
		int slot = spread(hash) & mask;
		for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
			if ((int) (entry >>> 32) == hash && keys[(int) entry - 1].equals(key)) {
				return (int) entry - 1;
			}
			slot = (slot + 1) & mask;
		}
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
		}
		keys[size] = key;
		slots[slot] = ((long) hash << 32) | ++size;
		if (size * 2 > slots.length) {
			rehash();
		}
		return size - 1;
	}

	private void rehash() {
		long[] old = slots;
		slots = new long[old.length * 2];
		int mask = slots.length - 1;
		for (long entry : old) {
			if (entry != 0) {
				int slot = spread((int) (entry >>> 32)) & mask;
				while (slots[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				slots[slot] = entry;
			}
		}
	}

	/**
	 * Invoice numbers differ in their last characters: mix the high bits of the hash into
	 * the slot.
	 */
	private static int spread(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
