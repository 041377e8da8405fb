//! Sorting for the model's short lists (a handful of reasons, flips, at
//! most twelve services): a stable insertion sort. The standard library's
//! sorts are fast on long slices but each element type and comparator
//! compiles its own copy of them; four copies cost the wasm about 5 kB
//! brotli, for lists of a dozen at most.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_small_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_small_by(items, |a, b| key(a).cmp(&key(b)));
}
