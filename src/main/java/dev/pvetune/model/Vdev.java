package dev.pvetune.model;

import dev.pvetune.parse.host.BlockDevice;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A vdev of a pool, as `zpool status` shows it, with the facts other sources add: ashift from
 * `zdb -C` (top-level vdevs) and the disk from lsblk (leaves).
 */
public record Vdev(
    String name,
    VdevClass vdevClass,
    VdevType type,
    int parity,
    OptionalInt ashift,
    String state,
    long readErrors,
    long writeErrors,
    long checksumErrors,
    String note,
    List<Vdev> children,
    Optional<BlockDevice> device,
    SourceRef ref) {

  public Vdev {
    children = List.copyOf(children);
  }

  /** The name without its /dev/... directory: what `zpool status` prints without -P. */
  public String shortName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Leaf devices below this vdev (itself if it is a leaf). */
  public List<Vdev> leaves() {
    if (children.isEmpty()) {
      return List.of(this);
    }
    return children.stream().flatMap(c -> c.leaves().stream()).toList();
  }

  public Stream<Vdev> selfAndDescendants() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Vdev::selfAndDescendants));
  }

  /** Devices that must all fail before the vdev's data is lost, minus one: 0 means a single device. */
  public int redundancy() {
    return switch (type) {
      case MIRROR -> Math.max(0, children.size() - 1);
      case RAIDZ, DRAID -> parity;
      default -> 0;
    };
  }

  public long errorCount() {
    return readErrors + writeErrors + checksumErrors;
  }

  /** "raidz2, 6 wide" / "mirror of 2" / "single disk", for messages. */
  public String describeLayout() {
    return switch (type) {
      case MIRROR -> children.size() + "-way mirror";
      case RAIDZ -> "raidz" + parity + ", " + children.size() + " wide";
      case DRAID -> "draid" + parity + " (" + name + ")";
      case DISK, FILE -> "single device";
      default -> type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
