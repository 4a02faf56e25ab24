package dev.pvetune.zfs;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random layouts and pools for the property tests. */
final class ModelGenerators {
  private ModelGenerators() {}

  static Gen<VdevLayout> raidz() {
    return integers()
        .between(1, 3)
        .flatMap(p -> integers().between(p + 1, 40).map(w -> (VdevLayout) new VdevLayout.Raidz(p, w)));
  }

  static Gen<VdevLayout> draid() {
    return integers()
        .between(1, 3)
        .zip(
            integers().between(1, 16),
            integers().between(0, 3),
            integers().between(0, 40),
            (p, d, s, extra) -> (VdevLayout) new VdevLayout.Draid(p, d, Math.min(255, d + p + s + extra), s));
  }

  static Gen<VdevLayout> mirrorOrStripe() {
    return integers()
        .between(1, 4)
        .map(w -> w == 1 ? (VdevLayout) new VdevLayout.Stripe() : new VdevLayout.Mirror(w));
  }

  static Gen<VdevLayout> anyLayout() {
    return Generate.oneOf(raidz(), draid(), mirrorOrStripe());
  }

  static Gen<ZfsVersion> version() {
    return Generate.pick(
        List.of(
            ZfsVersion.of(0, 6, 4), ZfsVersion.of(0, 6, 5), ZfsVersion.of(0, 7, 13),
            ZfsVersion.of(0, 8, 6), ZfsVersion.of(2, 0, 5), ZfsVersion.of(2, 0, 7),
            ZfsVersion.of(2, 1, 15), ZfsVersion.of(2, 2, 7), ZfsVersion.of(2, 3, 3),
            ZfsVersion.CURRENT));
  }

  /** Child sizes from the 64 MiB minimum to 30 TB, biased toward both ends. */
  static Gen<Long> childOsize() {
    return Generate.oneOf(
        longs().between(DiskPartitioning.MIN_DEVICE_BYTES, 16 * Bytes.GiB),
        longs().between(16 * Bytes.GiB, 30_000_000_000_000L));
  }

  static Gen<PoolGeometry> pool() {
    return anyLayout()
        .zip(
            integers().between(1, 8),
            childOsize(),
            integers().between(9, 14),
            (layout, vdevs, osize, ashift) -> new Object[] {layout, vdevs, osize, ashift})
        .zip(
            version(),
            (a, v) -> {
              VdevLayout layout = (VdevLayout) a[0];
              ZfsVersion version = layout instanceof VdevLayout.Draid && v.before(2, 1, 0) ? ZfsVersion.CURRENT : v;
              return new PoolGeometry(layout, (Integer) a[1], (Long) a[2], (Integer) a[3], version);
            });
  }
}
