package dev.pvetune.cli.plan;

import dev.pvetune.report.plan.ComparisonText;
import dev.pvetune.report.plan.PlanJson;
import dev.pvetune.report.plan.PoolPlanText;
import dev.pvetune.zfs.DiskPartitioning;
import dev.pvetune.zfs.LayoutCandidate;
import dev.pvetune.zfs.LayoutComparison;
import dev.pvetune.zfs.PoolGeometry;
import dev.pvetune.zfs.PoolPlan;
import dev.pvetune.zfs.PoolPlanner;
import dev.pvetune.zfs.ZfsVersion;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "pool",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Exact pool SIZE and usable space, parity and padding cost per block size, thick-zvol "
            + "reservations, failure tolerance and relative IOPS for a planned pool; or, with "
            + "--compare, every sensible layout for the disks ranked for VM workloads.",
    footer = {
      "",
      "Examples:",
      "  pvetune plan pool --disks 8x10TB --layout raidz2",
      "  pvetune plan pool --disks 12x3.84TB --layout mirror",
      "  pvetune plan pool --disks 12x18TB --layout raidz2 --width 6",
      "  pvetune plan pool --disks 24x18TB --layout draid2:8d:24c:1s",
      "  pvetune plan pool --disks 8 --partition-bytes 4000776716288 --layout raidz1",
      "  pvetune plan pool --disks 24x18TB --compare",
    })
public final class PlanPoolCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--disks",
      required = true,
      paramLabel = "COUNTxSIZE",
      description = "Disks and their vendor size: 8x10TB, 6x3.84TB, 4x4TiB or 8x10000831348736 (bytes).")
  String disks;

  @Option(
      names = "--partition-bytes",
      paramLabel = "N",
      description = "Size of each member partition as ZFS sees it, instead of a disk size (lsblk -b, zdb).")
  Long partitionBytes;

  @Option(
      names = "--sector-size",
      paramLabel = "BYTES",
      defaultValue = "512",
      description = "Logical sector size for the whole-disk partition: 512 or 4096 (4Kn). Default: ${DEFAULT-VALUE}.")
  int sectorSize;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description = "mirror, raidz1, raidz2, raidz3, draidP[:Dd][:Cc][:Ss] or stripe.")
  String layout;

  @Option(names = "--width", paramLabel = "N", description = "Disks per vdev (mirror default 2; raidz/draid default: all).")
  Integer width;

  @Option(names = "--vdevs", paramLabel = "N", description = "Number of top-level vdevs (default: disks / width).")
  Integer vdevs;

  @Option(names = "--ashift", paramLabel = "N", defaultValue = "12", description = "Sector shift, 9–16. Default: ${DEFAULT-VALUE}.")
  int ashift;

  @Option(
      names = "--zfs-version",
      paramLabel = "VERSION",
      description = "OpenZFS release that creates the pool (default: the newest modelled, 2.4.4).")
  String zfsVersion;

  @Option(names = "--compare", description = "Rank every sensible layout for these disks instead.")
  boolean compare;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() {
    Inputs in = inputs();
    String output;
    if (compare) {
      List<LayoutCandidate> ranked = compareOrFail(in);
      output =
          format == OutputFormat.json
              ? PlanJson.comparison(ranked, in.spec.count(), in.osize, ashift, in.version)
              : ComparisonText.render(ranked, in.spec.count(), in.osize, ashift, in.version);
    } else {
      PoolPlan plan = planOrFail(in);
      output = format == OutputFormat.json ? PlanJson.pool(plan) : PoolPlanText.render(plan);
    }
    spec.commandLine().getOut().print(output);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private record Inputs(DiskSpec spec, long osize, ZfsVersion version) {}

  private Inputs inputs() {
    try {
      DiskSpec spec = DiskSpec.parse(disks);
      ZfsVersion version = zfsVersion == null ? ZfsVersion.CURRENT : ZfsVersion.parse(zfsVersion);
      long osize;
      if (partitionBytes != null) {
        if (spec.bytes().isPresent()) {
          throw new IllegalArgumentException(
              "give the disk size in --disks or the partition size in --partition-bytes, not both");
        }
        osize = partitionBytes;
      } else if (spec.bytes().isPresent()) {
        osize = DiskPartitioning.linuxWholeDiskPartition(spec.bytes().getAsLong(), sectorSize);
      } else {
        throw new IllegalArgumentException(
            "--disks " + disks + " has no size: write it like " + spec.count() + "x10TB, or add --partition-bytes");
      }
      if (osize < DiskPartitioning.MIN_DEVICE_BYTES) {
        throw new IllegalArgumentException(
            "--partition-bytes " + osize + " is below the ZFS minimum device size of 64 MiB (67108864)");
      }
      if (compare && (layout != null || width != null || vdevs != null)) {
        throw new IllegalArgumentException("--compare tries every layout: drop --layout, --width and --vdevs");
      }
      if (!compare && layout == null) {
        throw new IllegalArgumentException("missing --layout (or use --compare to rank every layout)");
      }
      return new Inputs(spec, osize, version);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private PoolPlan planOrFail(Inputs in) {
    try {
      LayoutSpec ls = LayoutSpec.resolve(layout, width, vdevs, in.spec.count());
      PoolGeometry g = new PoolGeometry(ls.layout(), ls.vdevCount(), in.osize, ashift, in.version);
      return PoolPlanner.plan(g, in.spec.bytes(), sectorSize);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private List<LayoutCandidate> compareOrFail(Inputs in) {
    try {
      if (ashift < 9 || ashift > 16) {
        throw new IllegalArgumentException("ashift must be between 9 and 16, got " + ashift);
      }
      return LayoutComparison.compare(in.spec.count(), in.osize, ashift, in.version);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
