package dev.pvetune.report.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pvetune.zfs.ArcPlan;
import dev.pvetune.zfs.BlockAllocation;
import dev.pvetune.zfs.BlockSizeRow;
import dev.pvetune.zfs.FailureTolerance;
import dev.pvetune.zfs.LayoutCandidate;
import dev.pvetune.zfs.PoolCapacity;
import dev.pvetune.zfs.PoolGeometry;
import dev.pvetune.zfs.PoolPlan;
import dev.pvetune.zfs.RelativeIops;
import dev.pvetune.zfs.VdevCapacity;
import dev.pvetune.zfs.VersionRow;
import dev.pvetune.zfs.ZfsVersion;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan commands as JSON. Every document starts with {@code format} and {@code version} so
 * consumers can check what they read; byte figures are exact integers.
 */
public final class PlanJson {
  private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private PlanJson() {}

  public record Pool(
      String format,
      int version,
      String layout,
      String layoutDescription,
      int vdevCount,
      int disks,
      Long diskBytes,
      long partitionBytes,
      int logicalSectorBytes,
      int ashift,
      String zfsVersion,
      long zpoolSizeBytes,
      long slopBytes,
      long usableBytes,
      int deflateRatio,
      long normalDspaceBytes,
      long embeddedLogDspaceBytes,
      String slopRule,
      Long nominalBytes,
      List<Vdev> vdevs,
      List<Block> blockSizes,
      List<Release> byVersion,
      Tolerance failureTolerance,
      Iops iops,
      Iops iopsAsTwoWayMirrors,
      long recommendedVolblocksize) {}

  public record Vdev(
      int index,
      long leafAsizeBytes,
      long asizeBytes,
      int metaslabShift,
      long metaslabCount,
      long metaslabBytes,
      int embeddedLogMetaslabs) {}

  public record Block(
      long blockBytes,
      long dataSectors,
      long redundancySectors,
      long paddingSectors,
      long allocatedBytes,
      long rawBytes,
      double efficiency,
      long zfsListChargeBytes,
      long thickZvol100GiBRefreservationBytes,
      double guest4kWriteAmplification,
      long guest4kReadBytes) {}

  public record Release(
      String releases,
      String representative,
      int metaslabShift,
      long metaslabCount,
      long zpoolSizeBytes,
      long slopBytes,
      long usableBytes) {}

  public record Tolerance(int anyDisks, int bestCaseDisks, int perVdev, int distributedSpares) {}

  public record Iops(double randomRead, double randomWrite, double sequentialRead, double sequentialWrite) {}

  public record Candidate(
      int rank,
      String layout,
      String label,
      int vdevCount,
      int disksPerVdev,
      long zpoolSizeBytes,
      long slopBytes,
      long usableBytes,
      int deflateRatio,
      int metaslabShift,
      long metaslabCount,
      long usableAt16kBytes,
      double efficiency16k,
      Iops iops,
      Tolerance failureTolerance,
      long recommendedVolblocksize) {}

  public record Comparison(
      String format, int version, int disks, long partitionBytes, int ashift, String zfsVersion,
      List<Candidate> candidates) {}

  public record Arc(
      String format,
      int version,
      long ramBytes,
      long guestRamBytes,
      Long poolBytes,
      long hostReserveBytes,
      String zfsVersion,
      long recommendedArcMaxBytes,
      long recommendedArcMinBytes,
      long availableForArcBytes,
      long headroomBytes,
      long openZfsDefaultArcMaxBytes,
      Long openZfsDefaultArcMinBytes,
      long proxmoxInstallerArcMaxBytes,
      Long pveDocsMinimumBytes,
      long s000LowBytes,
      long s000HighBytes,
      String modprobeLine,
      List<String> warnings) {}

  public static String pool(PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    PoolCapacity c = plan.capacity();
    List<Vdev> vdevs = new ArrayList<>();
    for (int i = 0; i < g.vdevCount(); i++) {
      VdevCapacity v = c.vdev();
      vdevs.add(new Vdev(i, v.leafAsize(), v.asize(), v.metaslabShift(), v.metaslabCount(),
          v.metaslabBytes(), v.embeddedLogMetaslabs()));
    }
    List<Block> blocks = new ArrayList<>();
    for (BlockSizeRow r : plan.blockSizes()) {
      BlockAllocation a = r.allocation();
      blocks.add(new Block(r.blockBytes(), a.dataSectors(), a.redundancySectors(), a.skipSectors(),
          a.allocatedBytes(), a.rawBytes(), a.efficiency(), r.chargedBytes(),
          r.thickZvol().refreservationBytes(), r.guest4kWrite().deviceAmplification(),
          r.guest4kWrite().readBytes()));
    }
    List<Release> releases = new ArrayList<>();
    for (VersionRow r : plan.byVersion()) {
      PoolCapacity rc = r.capacity();
      releases.add(new Release(r.releases(), rc.geometry().version().toString(),
          rc.vdev().metaslabShift(), rc.vdev().metaslabCount(), rc.zpoolSizeBytes(), rc.slopBytes(),
          rc.usableBytes()));
    }
    Pool doc =
        new Pool(
            "pvetune-plan-pool", 1, g.layout().name(), g.layout().describe(), g.vdevCount(),
            g.totalDisks(), plan.diskBytes().isPresent() ? plan.diskBytes().getAsLong() : null,
            g.childOsize(), plan.logicalSectorBytes(), g.ashift(), g.version().toString(),
            c.zpoolSizeBytes(), c.slopBytes(), c.usableBytes(), c.deflateRatio(),
            c.normalDspaceBytes(), c.embeddedLogDspaceBytes(), c.slopRule().rule(),
            plan.nominalBytes().isPresent() ? plan.nominalBytes().getAsLong() : null,
            vdevs, blocks, releases, tolerance(plan.tolerance()), iops(plan.iops()),
            plan.iopsAsTwoWayMirrors().map(PlanJson::iops).orElse(null),
            plan.volblocksize().volblocksize());
    return write(doc);
  }

  public static String comparison(
      List<LayoutCandidate> candidates, int disks, long childOsize, int ashift, ZfsVersion version) {
    List<Candidate> list = new ArrayList<>();
    for (LayoutCandidate c : candidates) {
      PoolCapacity p = c.capacity();
      list.add(new Candidate(c.rank(), c.layout().name(), c.label(), c.vdevCount(), c.layout().disks(),
          p.zpoolSizeBytes(), p.slopBytes(), p.usableBytes(), p.deflateRatio(),
          p.vdev().metaslabShift(), p.vdev().metaslabCount(), c.usableAt16kBytes(),
          c.block16k().efficiency(), iops(c.iops()), tolerance(c.tolerance()),
          c.volblocksize().volblocksize()));
    }
    return write(new Comparison("pvetune-plan-pool-compare", 1, disks, childOsize, ashift,
        version.toString(), list));
  }

  public static String arc(ArcPlan plan) {
    var r = plan.request();
    return write(
        new Arc("pvetune-plan-arc", 1, r.ramBytes(), r.guestRamBytes(),
            r.poolBytes().isPresent() ? r.poolBytes().getAsLong() : null, r.hostReserve(),
            r.version().toString(), plan.recommendedMax(), plan.recommendedMin(),
            plan.availableForArcBytes(), plan.headroomBytes(), plan.openZfsDefaultMax(),
            plan.openZfsDefaultMin().isPresent() ? plan.openZfsDefaultMin().getAsLong() : null,
            plan.proxmoxInstallerMax(),
            plan.pveDocsMinimum().isPresent() ? plan.pveDocsMinimum().getAsLong() : null,
            plan.s000().lowBytes(), plan.s000().highBytes(), plan.modprobeLine(), plan.warnings()));
  }

  private static Tolerance tolerance(FailureTolerance t) {
    return new Tolerance(t.anyDisks(), t.bestCaseDisks(), t.perVdev(), t.distributedSpares());
  }

  private static Iops iops(RelativeIops i) {
    return new Iops(i.randomRead(), i.randomWrite(), i.sequentialRead(), i.sequentialWrite());
  }

  private static String write(Object doc) {
    try {
      return WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
