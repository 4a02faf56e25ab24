package dev.pvetune.rules.pool;

import dev.pvetune.model.Vdev;
import dev.pvetune.zfs.TopLevelVdev;
import dev.pvetune.zfs.VdevLayout;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ZFS model's view of a pool's top-level vdev: its layout and ashift, when both are known. */
public final class VdevGeometry {
  /** dRAID vdevs are named after their geometry: draid2:8d:24c:1s-0. */
  private static final Pattern DRAID = Pattern.compile("draid(\\d):(\\d+)d:(\\d+)c:(\\d+)s(?:-\\d+)?");

  private VdevGeometry() {}

  /** The layout of a top-level vdev; empty for types the model does not cover (replacing, spare). */
  public static Optional<VdevLayout> layout(Vdev vdev) {
    try {
      return switch (vdev.type()) {
        case RAIDZ -> Optional.of(new VdevLayout.Raidz(vdev.parity(), vdev.children().size()));
        case MIRROR -> Optional.of(new VdevLayout.Mirror(vdev.children().size()));
        case DISK, FILE -> Optional.of(new VdevLayout.Stripe());
        case DRAID -> draid(vdev.shortName());
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Layout and ashift together; empty when either is unknown. */
  public static Optional<TopLevelVdev> of(Vdev vdev) {
    if (vdev.ashift().isEmpty() || vdev.ashift().getAsInt() < 9 || vdev.ashift().getAsInt() > 16) {
      return Optional.empty();
    }
    return layout(vdev).map(l -> new TopLevelVdev(l, vdev.ashift().getAsInt()));
  }

  /** True for raidz and dRAID, whose small blocks pay parity and padding. */
  public static boolean hasParityLayout(Vdev vdev) {
    return vdev.type() == dev.pvetune.model.VdevType.RAIDZ || vdev.type() == dev.pvetune.model.VdevType.DRAID;
  }

  private static Optional<VdevLayout> draid(String name) {
    Matcher m = DRAID.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new VdevLayout.Draid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
  }
}
