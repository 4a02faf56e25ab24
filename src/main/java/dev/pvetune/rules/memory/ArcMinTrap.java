package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SourceRef;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.zfs.ArcDefaults;
import dev.pvetune.zfs.ZfsVersion;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * MEM-003: an ARC minimum that pins memory the guests need, or that is not below the maximum, in
 * which case OpenZFS ignores zfs_arc_max without a word ({@code arc_tuning_update()} only takes a
 * zfs_arc_max greater than the minimum in force).
 */
public final class ArcMinTrap implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-003", "arc-min-trap", Severity.MEDIUM,
      "zfs_arc_min too high or not below zfs_arc_max", Set.of(Input.ZFS_PARAMETERS, Input.MEMINFO));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    String resource = inv.nodeResource() + "/arc";
    long ram = inv.host().memory().orElseThrow().totalBytes();
    ZfsVersion version = ArcInEffect.zfsVersion(inv).orElse(ZfsVersion.CURRENT);
    long defaultMin = ArcDefaults.openZfsMin(ram, version).orElse(ram / 32);
    OptionalLong runtimeMin = positive(ArcInEffect.parameter(inv, "zfs_arc_min"));
    OptionalLong runtimeMax = positive(ArcInEffect.parameter(inv, "zfs_arc_max"));
    Optional<Long> cMin = inv.host().arc().map(a -> a.stat("c_min")).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong);
    long minInForce = cMin.orElse(runtimeMin.orElse(defaultMin));
    String minHow = cMin.isPresent() ? "c_min in arcstats" : runtimeMin.isPresent() ? "zfs_arc_min" : "the OpenZFS default, 1/32 of RAM";
    SourceRef minRef = cMin.isPresent() ? inv.host().arc().get().ref("c_min")
        : runtimeMin.isPresent() ? inv.host().zfsParameters().get("zfs_arc_min").source() : inv.host().memory().get().ref();
    Optional<ArcInEffect> effective = ArcInEffect.of(inv);

    OptionalLong bootMin = positive(modprobe(inv, "zfs_arc_min"));
    OptionalLong bootMax = positive(modprobe(inv, "zfs_arc_max"));
    long bootMinInForce = bootMin.orElse(defaultMin);

    if (runtimeMax.isPresent() && runtimeMax.getAsLong() <= minInForce) {
      long wanted = runtimeMax.getAsLong();
      var finding = out.on(resource, "zfs_arc_max " + Bytes.format(wanted) + " is not above the ARC minimum " + Bytes.format(minInForce)
              + " (" + minHow + "): ZFS ignores it" + effective.map(e -> " and the ARC may grow to " + Bytes.format(e.maxBytes())).orElse(""))
          .severity(Severity.HIGH)
          .evidence("zfs_arc_max " + wanted, inv.host().zfsParameters().get("zfs_arc_max").source())
          .evidence("ARC minimum " + Bytes.format(minInForce) + " (" + minHow + ")", minRef);
      effective.ifPresent(e -> finding.evidence("ARC limit in effect " + Bytes.format(e.maxBytes()) + " (" + e.how() + ")", e.ref()));
      finding.impact("The limit meant to leave memory to the guests is not in force: the ARC can take "
              + effective.map(e -> Bytes.format(e.maxBytes() - wanted) + " more than intended").orElse("more than intended")
              + " before it shrinks under pressure")
          .fix("Lower zfs_arc_min to " + Bytes.format(wanted / 4) + " (25 % of the limit) first, then set zfs_arc_max " + Bytes.format(wanted) + " again",
              Disruption.ONLINE, limits(inv, wanted, wanted / 4))
          .add();
      return;
    }
    if (bootMax.isPresent() && bootMax.getAsLong() <= bootMinInForce) {
      long wanted = bootMax.getAsLong();
      Setting maxLine = inv.host().modprobeZfsOptions().get("zfs_arc_max");
      var finding = out.on(resource, "/etc/modprobe.d sets zfs_arc_max " + Bytes.format(wanted) + ", not above the ARC minimum "
              + Bytes.format(bootMinInForce) + (bootMin.isPresent() ? " it also sets" : " OpenZFS picks for this RAM")
              + ": from the next boot ZFS ignores the limit")
          .severity(Severity.HIGH)
          .evidence("options zfs zfs_arc_max=" + wanted, maxLine.source());
      if (bootMin.isPresent()) {
        finding.evidence("options zfs zfs_arc_min=" + bootMin.getAsLong(), inv.host().modprobeZfsOptions().get("zfs_arc_min").source());
      } else {
        finding.evidence("no zfs_arc_min in /etc/modprobe.d: OpenZFS uses 1/32 of " + Bytes.format(ram) + " RAM = " + Bytes.format(defaultMin),
            inv.host().memory().get().ref());
      }
      finding.impact("After a reboot the ARC may grow to the OpenZFS default ("
              + Bytes.format(ArcDefaults.openZfsMax(ram, version)) + " on " + version + ") instead of " + Bytes.format(wanted))
          .fix("Set zfs_arc_min to " + Bytes.format(wanted / 4) + " next to zfs_arc_max " + Bytes.format(wanted), Disruption.ONLINE,
              limits(inv, wanted, wanted / 4))
          .add();
      return;
    }
    if (runtimeMin.isEmpty() || effective.isEmpty()) {
      return;
    }
    long min = runtimeMin.getAsLong();
    long max = effective.get().maxBytes();
    if (min * 4 <= max) {
      return;
    }
    var finding = out.on(resource, "zfs_arc_min " + Bytes.format(min) + " is " + percent(min, max) + " of the ARC limit " + Bytes.format(max)
            + ": more than the 25 % floor s000 advises")
        .evidence("zfs_arc_min " + min, inv.host().zfsParameters().get("zfs_arc_min").source())
        .evidence("ARC limit in effect " + Bytes.format(max) + " (" + effective.get().how() + ")", effective.get().ref());
    bootMax.ifPresent(b -> {
      if (b <= min) {
        finding.evidence("/etc/modprobe.d's zfs_arc_max " + Bytes.format(b) + " is not above this minimum: written to /sys now, ZFS would ignore it",
            inv.host().modprobeZfsOptions().get("zfs_arc_max").source());
      }
    });
    finding.impact("The kernel cannot shrink the ARC below " + Bytes.format(min) + " when guests need memory; that is "
            + Bytes.format(min - max / 4) + " more than a 25 % floor pins, memory the guests then lack (swapping, then the OOM killer)")
        .fix("Lower zfs_arc_min to " + Bytes.format(max / 4) + " (25 % of the ARC limit)", Disruption.ONLINE,
            new Change.ArcLimits(Optional.empty(), Optional.of(max / 4), MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_max")),
                Optional.of(min)))
        .add();
  }

  private static Change.ArcLimits limits(Inventory inv, long max, long min) {
    return new Change.ArcLimits(Optional.of(max), Optional.of(min), MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_max")),
        MemoryOvercommitted.boxed(ArcInEffect.parameter(inv, "zfs_arc_min")));
  }

  static OptionalLong modprobe(Inventory inv, String name) {
    Setting s = inv.host().modprobeZfsOptions().get(name);
    return s != null && s.value().matches("\\d{1,19}") ? OptionalLong.of(Long.parseLong(s.value())) : OptionalLong.empty();
  }

  private static OptionalLong positive(OptionalLong v) {
    return v.isPresent() && v.getAsLong() > 0 ? v : OptionalLong.empty();
  }

  private static String percent(long part, long whole) {
    return Math.round(part * 100.0 / whole) + " %";
  }
}
