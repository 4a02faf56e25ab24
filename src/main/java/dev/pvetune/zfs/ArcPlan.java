package dev.pvetune.zfs;

import java.util.List;
import java.util.OptionalLong;

/**
 * A recommended ARC size and the memory budget behind it.
 *
 * @param request the inputs
 * @param openZfsDefaultMax zfs_arc_max if nothing is set, for the request's OpenZFS version
 * @param openZfsDefaultMin zfs_arc_min if nothing is set (empty before 0.8.0)
 * @param proxmoxInstallerMax what the Proxmox installer writes (10 % of RAM, 64 MiB–16 GiB)
 * @param pveDocsMinimum 2 GiB + 1 GiB per TiB of pool, if the pool size is known
 * @param s000 the s000 table's recommendation for this RAM
 * @param recommendedMax the recommended zfs_arc_max
 * @param recommendedMin the recommended zfs_arc_min (a quarter of the max, per s000)
 * @param availableForArcBytes RAM − guests − host reserve (may be negative)
 * @param headroomBytes what is left after guests, host reserve and the recommended ARC
 * @param warnings budget problems, one line each
 */
public record ArcPlan(
    ArcRequest request,
    long openZfsDefaultMax,
    OptionalLong openZfsDefaultMin,
    long proxmoxInstallerMax,
    OptionalLong pveDocsMinimum,
    S000ArcAdvice s000,
    long recommendedMax,
    long recommendedMin,
    long availableForArcBytes,
    long headroomBytes,
    List<String> warnings) {

  public ArcPlan {
    warnings = List.copyOf(warnings);
  }

  /** The line for /etc/modprobe.d/zfs.conf. */
  public String modprobeLine() {
    return "options zfs zfs_arc_max=" + recommendedMax + " zfs_arc_min=" + recommendedMin;
  }
}
