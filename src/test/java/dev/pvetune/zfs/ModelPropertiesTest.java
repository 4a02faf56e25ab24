package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants that must hold for every layout, size, ashift and release, not just the samples. */
class ModelPropertiesTest {

  @Test
  void usableNeverExceedsSizeOrRawDisks() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.pool())
        .checkAssert(
            g -> {
              PoolCapacity c = CapacityModel.compute(g);
              long raw = Math.multiplyExact(g.childOsize(), g.totalDisks());
              assertThat(c.usableBytes()).isBetween(0L, c.zpoolSizeBytes());
              assertThat(c.zpoolSizeBytes()).isLessThanOrEqualTo(c.vdev().asize() * g.vdevCount());
              assertThat(c.vdev().asize())
                  .isLessThanOrEqualTo(c.vdev().leafAsize() * g.layout().disks());
              assertThat(c.zpoolSizeBytes()).isLessThanOrEqualTo(raw);
              assertThat(c.usableBytes()).isLessThanOrEqualTo(raw);
              assertThat(c.normalDspaceBytes() + c.embeddedLogDspaceBytes())
                  .isLessThanOrEqualTo(c.zpoolSizeBytes());
            });
  }

  @Test
  void metaslabsCoverTheVdevExceptATailSmallerThanOne() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.pool())
        .checkAssert(
            g -> {
              PoolCapacity c = CapacityModel.compute(g);
              VdevCapacity v = c.vdev();
              assertThat(v.metaslabShift()).isGreaterThanOrEqualTo(24);
              assertThat(v.metaslabCount() << v.metaslabShift()).isLessThanOrEqualTo(v.asize());
              assertThat(v.asize() - (v.metaslabCount() << v.metaslabShift()))
                  .isLessThan(v.metaslabSize());
              if (g.version().atLeast(0, 8, 0)) {
                assertThat(v.metaslabCount()).isLessThanOrEqualTo(1L << 17);
              }
              assertThat(v.embeddedLogMetaslabs())
                  .isEqualTo(g.version().atLeast(2, 1, 0) && v.metaslabCount() > 64 ? 1 : 0);
              if (!(g.layout() instanceof VdevLayout.Draid)) {
                assertThat(v.metaslabBytes()).isEqualTo(v.metaslabCount() << v.metaslabShift());
              }
            });
  }

  @Test
  void slopStaysWithinItsRule() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.pool())
        .checkAssert(
            g -> {
              PoolCapacity c = CapacityModel.compute(g);
              long space = c.normalDspaceBytes();
              assertThat(c.slopBytes()).isPositive();
              assertThat(c.usableBytes()).isEqualTo(space - c.slopBytes());
              if (g.version().atLeast(2, 0, 6)) {
                assertThat(c.slopBytes()).isLessThanOrEqualTo(128 * Bytes.GiB);
              } else if (g.version().atLeast(0, 7, 0)) {
                assertThat(c.slopBytes()).isGreaterThanOrEqualTo(space >> 5);
              }
              if (g.version().atLeast(0, 7, 0)) {
                assertThat(c.slopBytes()).isGreaterThanOrEqualTo(Math.min(space >> 1, 128 * Bytes.MiB));
              }
            });
  }

  @Test
  void noBlockBeatsTheNominalDataShare() {
    qt().withExamples(5000)
        .forAll(ModelGenerators.anyLayout(), integers().between(9, 13), longs().between(1, 16 * Bytes.MiB))
        .checkAssert(
            (layout, ashift, psize) -> {
              BlockAllocation a = layout.allocate(psize, ashift);
              // psize / raw <= nominal share, compared exactly: psize * den <= raw * num
              long[] share = nominal(layout);
              assertThat(Math.multiplyExact(psize, share[1]))
                  .isLessThanOrEqualTo(Math.multiplyExact(a.rawBytes(), share[0]));
              assertThat(a.totalSectors() << ashift).isEqualTo(a.rawBytes());
              assertThat(a.dataSectors() << ashift).isGreaterThanOrEqualTo(psize);
              assertThat((a.dataSectors() - 1) << ashift).isLessThan(psize);
            });
  }

  @Test
  void efficiencyOf128kBlocksNeverExceedsNMinusPOverN() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.raidz(), integers().between(9, 16))
        .checkAssert(
            (layout, ashift) -> {
              VdevLayout.Raidz r = (VdevLayout.Raidz) layout;
              BlockAllocation a = r.allocate(128 * Bytes.KiB, ashift);
              assertThat(a.psize() * r.width()).isLessThanOrEqualTo(a.allocatedBytes() * (r.width() - r.parity()));
              int ratio = Deflate.ratio(r, ashift);
              assertThat((long) ratio * r.width()).isLessThanOrEqualTo(512L * (r.width() - r.parity()));
              assertThat(a.chargedBytes(ratio)).isLessThanOrEqualTo(128 * Bytes.KiB);
            });
  }

  @Test
  void raidzAllocationsArePaddedToParityPlusOneAndGrowWithTheBlock() {
    qt().withExamples(5000)
        .forAll(ModelGenerators.raidz(), integers().between(9, 13), longs().between(1, 4 * Bytes.MiB))
        .checkAssert(
            (layout, ashift, psize) -> {
              VdevLayout.Raidz r = (VdevLayout.Raidz) layout;
              BlockAllocation a = r.allocate(psize, ashift);
              assertThat(a.totalSectors() % (r.parity() + 1)).isZero();
              assertThat(a.skipSectors()).isBetween(0L, (long) r.parity());
              assertThat(r.allocate(psize + 1, ashift).allocatedBytes()).isGreaterThanOrEqualTo(a.allocatedBytes());
            });
  }

  @Test
  void draidAllocationsAreWholeRows() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.draid(), integers().between(9, 13), longs().between(1, 4 * Bytes.MiB))
        .checkAssert(
            (layout, ashift, psize) -> {
              VdevLayout.Draid d = (VdevLayout.Draid) layout;
              BlockAllocation a = d.allocate(psize, ashift);
              assertThat(a.totalSectors() % d.groupWidth()).isZero();
              assertThat(d.vdevAsize(Bytes.TiB) % (d.groupWidth() * 16 * Bytes.MiB)).isZero();
            });
  }

  @Test
  void draidMetaslabSumMatchesTheMetaslabByMetaslabLoop() {
    qt().withExamples(500)
        .forAll(ModelGenerators.draid(), integers().between(9, 16), integers().between(24, 36),
            integers().between(1, 20_000))
        .checkAssert(
            (layout, ashift, shift, count) -> {
              long group = (long) ((VdevLayout.Draid) layout).groupWidth() << ashift;
              long naive = 0;
              for (long m = 0; m < count; m++) {
                long start = m << shift;
                long aligned = (start + group - 1) / group * group;
                naive += ((1L << shift) - (aligned - start)) / group * group;
              }
              assertThat(CapacityModel.draidMetaslabBytes(count, shift, group)).isEqualTo(naive);
            });
  }

  @Test
  void thickZvolReservationCoversWhatZfsListWillCharge() {
    qt().withExamples(2000)
        .forAll(
            ModelGenerators.anyLayout(),
            integers().between(9, 13),
            integers().between(9, 17),
            longs().between(1, 200_000))
        .checkAssert(
            (layout, ashift, vbsShift, blocks) -> {
              // A volblocksize below the sector size allocates a whole sector per block, more
              // than ZFS reserves: the guarantee only holds for volblocksize >= 2^ashift.
              long vbs = 1L << Math.max(vbsShift, ashift);
              TopLevelVdev vdev = new TopLevelVdev(layout, ashift);
              ZvolReservation r =
                  ZvolReservation.of(blocks * vbs, vbs, List.of(vdev), 1, ZfsVersion.CURRENT);
              assertThat(r.refreservationBytes())
                  .isGreaterThanOrEqualTo(blocks * vdev.chargedBytes(vbs));
              assertThat(r.refreservationBytes()).isGreaterThan(r.dataBytes());
            });
  }

  @Test
  void writesNeverCostLessThanTheyCarry() {
    qt().withExamples(2000)
        .forAll(
            ModelGenerators.anyLayout(),
            integers().between(9, 13),
            integers().between(9, 20),
            integers().between(9, 20))
        .checkAssert(
            (layout, ashift, writeShift, blockShift) -> {
              WriteCost w =
                  WriteAmplification.of(1L << writeShift, 1L << blockShift, new TopLevelVdev(layout, ashift));
              assertThat(w.rawWriteBytes()).isGreaterThanOrEqualTo(w.guestWriteBytes());
              assertThat(w.readModifyWrite()).isEqualTo(writeShift < blockShift);
              assertThat(w.readBytes() > 0).isEqualTo(w.readModifyWrite());
              assertThat(w.blocksWritten() * w.blockBytes()).isGreaterThanOrEqualTo(w.guestWriteBytes());
            });
  }

  @Test
  void recommendedVolblocksizeIsAtLeastAsEfficientAs16k() {
    qt().withExamples(2000)
        .forAll(ModelGenerators.anyLayout(), integers().between(9, 13))
        .checkAssert(
            (layout, ashift) -> {
              TopLevelVdev vdev = new TopLevelVdev(layout, ashift);
              VolblocksizeAdvice advice = VolblocksizeAdvice.forVdev(vdev);
              assertThat(advice.volblocksize()).isBetween(16 * Bytes.KiB, 64 * Bytes.KiB);
              assertThat(advice.efficiency())
                  .isGreaterThanOrEqualTo(vdev.allocate(16 * Bytes.KiB).efficiency());
            });
  }

  @Test
  void arcDefaultsStayBelowRam() {
    qt().withExamples(2000)
        .forAll(longs().between(Bytes.GiB, 4 * Bytes.PiB / 1024), ModelGenerators.version())
        .checkAssert(
            (ram, version) -> {
              long max = ArcDefaults.openZfsMax(ram, version);
              assertThat(max).isLessThan(ram).isGreaterThanOrEqualTo(ram / 2);
              assertThat(ArcDefaults.proxmoxInstaller(ram)).isBetween(64 * Bytes.MiB, 16 * Bytes.GiB);
              ArcPlan plan =
                  ArcPlanner.plan(
                      new ArcRequest(ram, ram / 2, java.util.OptionalLong.empty(),
                          java.util.OptionalLong.empty(), version));
              assertThat(plan.recommendedMax()).isLessThan(ram);
              assertThat(plan.recommendedMin()).isLessThan(plan.recommendedMax());
            });
  }

  private static long[] nominal(VdevLayout layout) {
    if (layout instanceof VdevLayout.Raidz r) {
      return new long[] {r.width() - r.parity(), r.width()};
    }
    if (layout instanceof VdevLayout.Draid d) {
      return new long[] {d.data(), d.groupWidth()};
    }
    return new long[] {1, layout.disks()};
  }
}
