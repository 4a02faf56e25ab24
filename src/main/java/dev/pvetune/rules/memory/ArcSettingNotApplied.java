package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * MEM-008: the zfs_arc_max the module runs with is not the one /etc/modprobe.d gives it at boot:
 * either the file was changed and never applied, or the live value was set by hand and not
 * persisted (on root-on-ZFS the module loads from the initramfs, which needs refreshing too).
 */
public final class ArcSettingNotApplied implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-008", "arc-setting-not-applied", Severity.LOW,
      "Runtime zfs_arc_max differs from /etc/modprobe.d", Set.of(Input.ZFS_PARAMETERS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    String resource = inv.nodeResource() + "/arc";
    Setting runtimeSetting = inv.host().zfsParameters().get("zfs_arc_max");
    OptionalLong runtime = ArcInEffect.parameter(inv, "zfs_arc_max");
    if (runtimeSetting == null || runtime.isEmpty()) {
      out.unknown(resource, "/sys/module/zfs/parameters/zfs_arc_max is not in the bundle or not a number");
      return;
    }
    Setting fileSetting = inv.host().modprobeZfsOptions().get("zfs_arc_max");
    OptionalLong file = ArcMinTrap.modprobe(inv, "zfs_arc_max");
    if (fileSetting != null && file.isEmpty()) {
      out.unknown(resource, "zfs_arc_max in " + fileSetting.source() + " is '" + fileSetting.value() + "', not a number of bytes");
      return;
    }
    long live = runtime.getAsLong();
    long persisted = file.orElse(0);
    if (live == persisted) {
      return;
    }
    boolean rootOnZfs = inv.host().mountHolding("/").map(m -> m.isZfs()).orElse(false);
    String initramfs = "update-initramfs -u -k all   # the zfs module" + (rootOnZfs ? " loads from the initramfs on this root-on-ZFS host"
        : " may load from the initramfs") + ", which keeps its own copy of /etc/modprobe.d";
    Findings.Builder finding;
    if (live == 0) {
      finding = out.on(resource, "/etc/modprobe.d sets zfs_arc_max " + Bytes.format(persisted) + " but the running module has 0 (the default): "
              + "the setting was not applied yet" + (rootOnZfs ? ", or the initramfs was not updated before the last boot" : ""))
          .evidence("options zfs zfs_arc_max=" + persisted, fileSetting.source())
          .evidence("zfs_arc_max 0 at runtime", runtimeSetting.source());
      ArcInEffect.of(inv).ifPresent(e -> finding.evidence("the ARC may grow to " + Bytes.format(e.maxBytes()) + " (" + e.how() + ")", e.ref()));
      Optional<Long> lowerMin = minBlocking(inv, persisted);
      finding.impact("The ARC runs without the intended limit of " + Bytes.format(persisted)
              + ArcInEffect.of(inv).map(e -> ": up to " + Bytes.format(e.maxBytes() - persisted) + " more memory than planned can go to it").orElse(""));
      lowerMin.ifPresent(m -> finding.evidence("the ARC minimum in force is not below " + Bytes.format(persisted)
          + ": written as it is, ZFS would ignore the limit (MEM-003), so the fix lowers zfs_arc_min to " + Bytes.format(m)));
      finding.fix("Apply zfs_arc_max " + Bytes.format(persisted) + " now" + (lowerMin.isPresent() ? " (zfs_arc_min first)" : ""), Disruption.ONLINE,
              new Change.ArcLimits(Optional.of(persisted), lowerMin, Optional.of(0L), MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_min"))))
          .fix("Make sure the next boot reads it", Disruption.ONLINE, new Change.Manual(List.of(initramfs)));
    } else if (fileSetting == null || persisted == 0) {
      finding = out.on(resource, "zfs_arc_max is " + Bytes.format(live) + " at runtime but " + (fileSetting == null ? "not set" : "0")
              + " in /etc/modprobe.d: set by hand and not persisted, the next reboot drops the limit")
          .evidence("zfs_arc_max " + live + " at runtime", runtimeSetting.source());
      if (fileSetting != null) {
        finding.evidence("options zfs zfs_arc_max=0", fileSetting.source());
      } else {
        finding.evidence("no zfs_arc_max in any /etc/modprobe.d/*.conf");
      }
      finding.impact("After a reboot the ARC falls back to the OpenZFS default"
              + ArcInEffect.zfsVersion(inv).flatMap(v -> inv.host().memory().map(m -> " (" + Bytes.format(dev.pvetune.zfs.ArcDefaults.openZfsMax(m.totalBytes(), v))
                  + " on " + v + ")")).orElse(""))
          .fix("Persist zfs_arc_max " + Bytes.format(live), Disruption.ONLINE,
              new Change.ArcLimits(Optional.of(live), Optional.empty(), Optional.of(live), MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_min"))))
          .fix("Make sure the next boot reads it", Disruption.ONLINE, new Change.Manual(List.of(initramfs)));
    } else {
      finding = out.on(resource, "zfs_arc_max is " + Bytes.format(live) + " at runtime but " + Bytes.format(persisted)
              + " in /etc/modprobe.d: either the file was changed and not applied, or the runtime value was set by hand and not persisted")
          .evidence("zfs_arc_max " + live + " at runtime", runtimeSetting.source())
          .evidence("options zfs zfs_arc_max=" + persisted, fileSetting.source())
          .impact("The next reboot changes the ARC limit by " + Bytes.format(Math.abs(live - persisted)) + " without anyone deciding it");
      List<String> steps = new ArrayList<>();
      steps.add("decide which limit is right (pvetune plan arc gives one for this node)");
      steps.add("to keep the runtime value: set zfs_arc_max=" + live + " in " + fileSetting.source().file().replaceFirst("^files", ""));
      steps.add("to use the file's value: echo " + persisted + " > /sys/module/zfs/parameters/zfs_arc_max");
      steps.add(initramfs);
      finding.fix("Make the runtime and the boot-time limit agree", Disruption.MANUAL, new Change.Manual(steps));
    }
    finding.add();
  }

  /** A lower zfs_arc_min when the minimum in force would make ZFS ignore the given maximum. */
  private static Optional<Long> minBlocking(Inventory inv, long max) {
    OptionalLong cMin = inv.host().arc().map(a -> a.stat("c_min")).orElse(OptionalLong.empty());
    OptionalLong min = cMin.isPresent() ? cMin : ArcInEffect.parameter(inv, "zfs_arc_min");
    return min.isPresent() && min.getAsLong() >= max ? Optional.of(max / 4) : Optional.empty();
  }
}
