package dev.pvetune.parse.zfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A vdev of the {@code vdev_tree} in {@code zdb -C} output.
 *
 * @param index N of the {@code children[N]} block it was printed in
 * @param id {@code id}; top-level ids are what {@code zpool status} appends ({@code mirror-1})
 * @param guid {@code guid}, an unsigned 64-bit decimal kept as text
 * @param type {@code mirror raidz draid disk file replacing spare hole indirect ...}
 * @param ashift {@code ashift}; printed for top-level vdevs (and cache devices)
 * @param nparity {@code nparity} of raidz and draid
 * @param isLog {@code is_log: 1}
 * @param allocBias {@code alloc_bias} ({@code special}, {@code dedup}, {@code log}) when printed.
 *     The MOS config that {@code zdb -C} dumps is generated without stats, so OpenZFS does not
 *     include it there: a special or dedup vdev looks like a normal one. Join with {@code zpool
 *     status} by {@link #statusName()} to learn the class.
 * @param path {@code path} of a leaf device
 * @param wholeDisk {@code whole_disk}
 * @param notPresent {@code not_present: 1} (missing device)
 * @param fields every scalar field as printed (strings without their quotes)
 * @param line line of the {@code children[N]:} header
 */
public record ZdbVdev(
    int index,
    OptionalLong id,
    Optional<String> guid,
    String type,
    OptionalInt ashift,
    OptionalInt nparity,
    boolean isLog,
    Optional<String> allocBias,
    OptionalLong asize,
    OptionalInt draidData,
    OptionalInt draidSpares,
    OptionalInt draidGroups,
    Optional<String> path,
    Optional<Boolean> wholeDisk,
    boolean notPresent,
    Map<String, String> fields,
    List<ZdbVdev> children,
    int line) {

  public ZdbVdev {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    children = List.copyOf(children);
  }

  /**
   * The class zdb can tell: {@code LOG} from {@code is_log}, {@code SPECIAL}/{@code DEDUP} only
   * when {@code alloc_bias} is printed. Empty means normal or a class zdb did not record.
   */
  public Optional<VdevClass> knownClass() {
    if (isLog) {
      return Optional.of(VdevClass.LOG);
    }
    return allocBias.flatMap(VdevClass::fromConfigName);
  }

  /** Removed-device placeholders that {@code zpool status} does not show. */
  public boolean isHoleOrIndirect() {
    return type.equals("hole") || type.equals("indirect");
  }

  /**
   * The name {@code zpool status} gives this vdev as a top-level vdev ({@code VDEV_NAME_TYPE_ID}):
   * {@code mirror-1}, {@code raidz2-0}, {@code draid2:4d:11c:1s-0}; a single device by its path.
   */
  public Optional<String> statusName() {
    if (path.isPresent() && (type.equals("disk") || type.equals("file"))) {
      return path;
    }
    if (id.isEmpty()) {
      return Optional.empty();
    }
    long n = id.getAsLong();
    switch (type) {
      case "raidz":
        return Optional.of("raidz" + nparity.orElse(1) + "-" + n);
      case "draid":
        if (nparity.isEmpty() || draidData.isEmpty() || draidSpares.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(
            "draid" + nparity.getAsInt() + ":" + draidData.getAsInt() + "d:" + children.size()
                + "c:" + draidSpares.getAsInt() + "s-" + n);
      default:
        return Optional.of(type + "-" + n);
    }
  }

  /** Paths of every leaf below (or of this vdev when it is a leaf). */
  public List<String> leafPaths() {
    List<String> paths = new ArrayList<>();
    if (children.isEmpty()) {
      path.ifPresent(paths::add);
    }
    children.forEach(c -> paths.addAll(c.leafPaths()));
    return List.copyOf(paths);
  }
}
