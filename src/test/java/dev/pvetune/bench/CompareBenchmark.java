package dev.pvetune.bench;

import dev.pvetune.report.plan.ComparisonText;
import dev.pvetune.zfs.DiskPartitioning;
import dev.pvetune.zfs.LayoutCandidate;
import dev.pvetune.zfs.LayoutComparison;
import dev.pvetune.zfs.ZfsVersion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code pvetune plan pool --compare} for a 24-disk shelf: enumerating and ranking every layout
 * (model only) and the same plus the text rendering the command prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompareBenchmark {
  @Param({"24"})
  int disks;

  @Param({"18TB"})
  String diskSize;

  long osize;

  @Setup
  public void setUp() {
    long bytes = diskSize.equals("18TB") ? 18_000_000_000_000L : Long.parseLong(diskSize);
    osize = DiskPartitioning.linuxWholeDiskPartition(bytes, 512);
  }

  @Benchmark
  public List<LayoutCandidate> compare() {
    return LayoutComparison.compare(disks, osize, 12, ZfsVersion.CURRENT);
  }

  @Benchmark
  public String compareAndRender() {
    List<LayoutCandidate> ranked = LayoutComparison.compare(disks, osize, 12, ZfsVersion.CURRENT);
    return ComparisonText.render(ranked, disks, osize, 12, ZfsVersion.CURRENT);
  }
}
