package dev.pvetune.parse.zfs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pool row of {@code zpool list -H}, with its vdev rows when {@code -v} was given. A column not
 * requested by {@code -o}, or printed as {@code -}, is empty.
 *
 * @param columns every printed column by canonical name ({@code allocated}, not {@code alloc})
 * @param vdevs top-level vdevs of every class, in printed order (empty without {@code -v})
 */
public record ListedPool(
    String name,
    Optional<Quantity> size,
    Optional<Quantity> allocated,
    Optional<Quantity> free,
    Optional<Quantity> checkpoint,
    Optional<Quantity> expandSize,
    OptionalInt fragmentationPercent,
    Optional<BigDecimal> capacityPercent,
    Optional<BigDecimal> dedupRatio,
    Optional<String> health,
    Optional<String> altroot,
    Map<String, String> columns,
    List<ListedVdev> vdevs,
    int line) {

  public ListedPool {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    vdevs = List.copyOf(vdevs);
  }

  public List<ListedVdev> vdevs(VdevClass vdevClass) {
    return vdevs.stream().filter(v -> v.vdevClass() == vdevClass).toList();
  }
}
