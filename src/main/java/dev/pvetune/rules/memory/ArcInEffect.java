package dev.pvetune.rules.memory;

import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.model.SourceRef;
import dev.pvetune.zfs.ArcDefaults;
import dev.pvetune.zfs.ZfsVersion;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ARC limit the node really runs with: arcstats' c_max when collected (what ZFS applied),
 * otherwise the module parameter when ZFS accepts it, otherwise OpenZFS's default for the RAM
 * size and version.
 */
record ArcInEffect(long maxBytes, String how, SourceRef ref) {

  static Optional<ArcInEffect> of(Inventory inv) {
    Optional<Long> cMax = inv.host().arc().map(a -> a.stat("c_max")).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong);
    if (cMax.isPresent()) {
      return Optional.of(new ArcInEffect(cMax.get(), "c_max in arcstats", inv.host().arc().get().ref("c_max")));
    }
    OptionalLong param = parameter(inv, "zfs_arc_max");
    if (param.isPresent() && param.getAsLong() >= ArcDefaults.MIN_ARC_MAX) {
      return Optional.of(new ArcInEffect(param.getAsLong(), "zfs_arc_max", inv.host().zfsParameters().get("zfs_arc_max").source()));
    }
    OptionalLong ram = inv.host().memory().map(m -> OptionalLong.of(m.totalBytes())).orElse(OptionalLong.empty());
    Optional<ZfsVersion> version = zfsVersion(inv);
    if (ram.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ArcInEffect(ArcDefaults.openZfsMax(ram.getAsLong(), version.get()),
        "OpenZFS " + version.get() + " default", inv.host().memory().get().ref()));
  }

  /**
   * Why OpenZFS would ignore this zfs_arc_max and keep its default, or empty when it applies it:
   * the module only takes a value of at least 64 MiB, below RAM and above the ARC minimum.
   */
  static Optional<String> ignoredBecause(long value, Inventory inv) {
    if (value == 0) {
      return Optional.of("0 means unset");
    }
    if (value < ArcDefaults.MIN_ARC_MAX) {
      return Optional.of("OpenZFS ignores values below 64 MiB");
    }
    OptionalLong ram = inv.host().memory().map(m -> OptionalLong.of(m.totalBytes())).orElse(OptionalLong.empty());
    if (ram.isPresent() && value >= ram.getAsLong()) {
      return Optional.of("OpenZFS ignores values not below the RAM size");
    }
    OptionalLong cMin = inv.host().arc().map(a -> a.stat("c_min")).orElse(OptionalLong.empty());
    if (cMin.isPresent() && value <= cMin.getAsLong()) {
      return Optional.of("OpenZFS ignores values not above the ARC minimum (c_min " + dev.pvetune.model.Bytes.format(cMin.getAsLong()) + ")");
    }
    return Optional.empty();
  }

  static OptionalLong parameter(Inventory inv, String name) {
    Setting s = inv.host().zfsParameters().get(name);
    if (s == null || !s.value().matches("\\d{1,19}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(s.value()));
  }

  static Optional<ZfsVersion> zfsVersion(Inventory inv) {
    return inv.host().versions().openZfs().map(SoftwareVersion::numbers).filter(n -> n.size() >= 2)
        .map(n -> ZfsVersion.of(n.get(0), n.get(1), n.size() > 2 ? n.get(2) : 0));
  }
}
