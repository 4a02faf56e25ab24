package dev.pvetune.parse.zfs;

import java.util.List;
import java.util.Optional;

/**
 * The {@code errors:} part of {@code zpool status}.
 *
 * @param count {@code 0} for {@code No known data errors}, N for {@code N data errors, use '-v'
 *     for a list}; empty when the output lists files ({@code -v}) or says something else
 * @param files affected files with {@code -v} ({@code /tank/vm/disk.raw}, {@code
 *     tank/ds@snap:<0x0>})
 * @param text the first line after {@code errors:}
 * @param line line of the {@code errors:} label; 0 for JSON
 */
public record DataErrors(Optional<Long> count, List<String> files, String text, int line) {

  public DataErrors {
    files = List.copyOf(files);
  }

  public boolean any() {
    return count.map(c -> c > 0).orElse(false) || !files.isEmpty();
  }
}
