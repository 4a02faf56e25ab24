package dev.pvetune.parse.zfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pool of {@code zpool status}, read from text or from {@code -j} JSON into the same shape.
 *
 * @param name pool name
 * @param state pool state ({@code ONLINE DEGRADED FAULTED OFFLINE REMOVED UNAVAIL SUSPENDED})
 * @param status the {@code status:} explanation, continuation lines joined with a space; its
 *     presence alone is not a problem (features-disabled, old version are advisory)
 * @param action the {@code action:} text
 * @param see the {@code see:} URL (JSON: {@code moreinfo})
 * @param scans every scan report, in printed order (rebuilds per vdev, scrub, error scrub)
 * @param otherFields labelled lines this parser does not interpret ({@code remove:}, {@code
 *     checkpoint:}, {@code expand:}, {@code scan warning:}), label to text
 * @param root the pool row of the config tree, children are the normal-class top-level vdevs;
 *     empty when no config was printed
 * @param classVdevs top-level vdevs of the other classes (dedup, special, logs, cache, spares),
 *     in printed order
 * @param errors the {@code errors:} part; empty when not printed
 * @param line line of {@code pool:}; 0 for JSON
 */
public record PoolStatus(
    String name,
    String state,
    Optional<String> status,
    Optional<String> action,
    Optional<String> see,
    List<ScanActivity> scans,
    Map<String, String> otherFields,
    Optional<StatusVdev> root,
    List<StatusVdev> classVdevs,
    Optional<DataErrors> errors,
    int line) {

  public PoolStatus {
    scans = List.copyOf(scans);
    otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    classVdevs = List.copyOf(classVdevs);
  }

  /** Every top-level vdev: the normal ones under the root, then those of the other classes. */
  public List<StatusVdev> topLevelVdevs() {
    List<StatusVdev> all = new ArrayList<>();
    root.ifPresent(r -> all.addAll(r.children()));
    all.addAll(classVdevs);
    return List.copyOf(all);
  }

  public List<StatusVdev> topLevelVdevs(VdevClass vdevClass) {
    return topLevelVdevs().stream().filter(v -> v.vdevClass() == vdevClass).toList();
  }

  /** Every vdev of every class, depth first, the pool row first. */
  public List<StatusVdev> allVdevs() {
    List<StatusVdev> all = new ArrayList<>();
    root.ifPresent(r -> all.addAll(r.flatten()));
    classVdevs.forEach(v -> all.addAll(v.flatten()));
    return List.copyOf(all);
  }

  /** The last finished or running scrub report (not an error scrub). */
  public Optional<ScanActivity> scrub() {
    Optional<ScanActivity> found = Optional.empty();
    for (ScanActivity scan : scans) {
      if (scan.function() == ScanFunction.SCRUB) {
        found = Optional.of(scan);
      }
    }
    return found;
  }

  /**
   * True when {@code status:} says supported features are not enabled (ZPOOL_STATUS_FEAT_
   * DISABLED): advisory, the pool is healthy.
   */
  public boolean featuresCanBeEnabled() {
    return status.map(s -> s.contains("features are not enabled")).orElse(false);
  }
}
