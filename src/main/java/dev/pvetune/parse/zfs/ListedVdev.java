package dev.pvetune.parse.zfs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A vdev row of {@code zpool list -v}. Top-level entries carry their member devices in {@link
 * #devices()}; {@code -H} output does not indent, so nested members of {@code replacing-N} or
 * {@code spare-N} appear flat, in printed order, after that interior row.
 *
 * <p>Vdev rows ignore {@code -o}: they always print size, alloc, free, ckpoint, expandsz, frag,
 * cap, dedup, health. Leaf devices print only size (physical) and expandsz; their other space
 * columns are {@code -} and read as empty here.
 *
 * @param name vdev name ({@code mirror-0}, {@code raidz2-0}, a device path with {@code -P})
 * @param vdevClass class header the row was printed under
 * @param interior true for grouping rows ({@code mirror-N}, {@code raidzP-N}, {@code draid...},
 *     {@code replacing-N}, {@code spare-N})
 * @param capacityPercent integer with {@code -p}, {@code 84.7} without
 * @param health vdev state; spares print {@code AVAIL} / {@code INUSE}
 */
public record ListedVdev(
    String name,
    VdevClass vdevClass,
    boolean interior,
    Optional<Quantity> size,
    Optional<Quantity> allocated,
    Optional<Quantity> free,
    Optional<Quantity> checkpoint,
    Optional<Quantity> expandSize,
    OptionalInt fragmentationPercent,
    Optional<BigDecimal> capacityPercent,
    String health,
    List<ListedVdev> devices,
    int line) {

  public ListedVdev {
    devices = List.copyOf(devices);
  }
}
