package dev.pvetune.parse.zfs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pool configuration {@code zdb -C <pool>} prints ({@code MOS Configuration:}).
 *
 * @param name the pool name ({@code name:})
 * @param poolGuid {@code pool_guid}, unsigned 64-bit decimal as text
 * @param topLevelVdevs the {@code children[N]} of {@code vdev_tree}, in order, including {@code
 *     hole}/{@code indirect} placeholders left by device removal
 * @param fields the pool-level scalar fields ({@code version}, {@code txg}, {@code hostname} ...)
 * @param line line of the configuration header
 */
public record ZdbConfig(
    String name,
    Optional<String> poolGuid,
    List<ZdbVdev> topLevelVdevs,
    Map<String, String> fields,
    int line) {

  public ZdbConfig {
    topLevelVdevs = List.copyOf(topLevelVdevs);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Top-level vdevs that hold data or logs (holes and indirect vdevs left out). */
  public List<ZdbVdev> realTopLevelVdevs() {
    return topLevelVdevs.stream().filter(v -> !v.isHoleOrIndirect()).toList();
  }
}
