package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PoolPlannerTest {
  @Test
  void eightTenTbRaidz2ExplainsFiftyAgainstFiftyOnePointSixTib() {
    long disk = 10_000_000_000_000L;
    long osize = DiskPartitioning.linuxWholeDiskPartition(disk, 512);
    PoolPlan plan =
        PoolPlanner.plan(
            new PoolGeometry(new VdevLayout.Raidz(2, 8), 1, osize, 12, ZfsVersion.CURRENT),
            OptionalLong.of(disk), 512);
    assertThat(plan.capacity().usableBytes()).isEqualTo(56_730_075_529_216L);
    assertThat(plan.nominalBytes()).hasValue(60_000_000_000_000L);
    assertThat(plan.byVersion()).extracting(VersionRow::releases)
        .containsExactly("0.6.4 and older", "0.6.5.x", "0.7.x", "0.8.0 – 2.0.5", "2.0.6", "2.1.0 and later");
    VersionRow old = plan.byVersion().get(3);
    assertThat(old.capacity().usableBytes()).isEqualTo(55_090_404_655_104L);
    assertThat(plan.byVersion().get(5).capacity().usableBytes()).isEqualTo(56_730_075_529_216L);
    // 0.7 made 512 GiB metaslabs on a vdev this big
    assertThat(plan.byVersion().get(2).capacity().vdev().metaslabShift()).isEqualTo(39);
    assertThat(plan.blockSizes()).hasSize(9);
    BlockSizeRow k16 = plan.blockSizes().get(2);
    assertThat(k16.chargedBytes()).isEqualTo(17_472);
    assertThat(k16.guest4kWrite().deviceAmplification()).isEqualTo(6.0);
    assertThat(plan.tolerance().anyDisks()).isEqualTo(2);
    assertThat(plan.iops().randomRead()).isEqualTo(1.0);
    assertThat(plan.iops().sequentialWrite()).isEqualTo(6.0);
    assertThat(plan.iopsAsTwoWayMirrors()).hasValueSatisfying(m -> assertThat(m.randomRead()).isEqualTo(8.0));
    assertThat(plan.volblocksize().volblocksize()).isEqualTo(16 * Bytes.KiB);
  }

  @Test
  void draidSkipsReleasesWithoutDraid() {
    PoolPlan plan =
        PoolPlanner.plan(
            new PoolGeometry(new VdevLayout.Draid(2, 8, 24, 1), 1, 4_000_776_716_288L, 12, ZfsVersion.CURRENT),
            OptionalLong.empty(), 512);
    assertThat(plan.byVersion()).hasSize(1);
    assertThat(plan.capacity().usableBytes()).isEqualTo(73_366_893_817_888L);
    assertThat(plan.nominalBytes()).isEmpty();
  }

  @Test
  void geometryRejectsImpossiblePools() {
    assertThatThrownBy(() -> new VdevLayout.Raidz(3, 3)).hasMessage("raidz3 needs at least 4 disks per vdev, got 3");
    assertThatThrownBy(() -> new VdevLayout.Draid(2, 8, 10, 1)).hasMessageContaining("needs 11 children");
    assertThatThrownBy(() -> new PoolGeometry(new VdevLayout.Draid(1, 4, 6, 1), 1, Bytes.TiB, 12, ZfsVersion.of(2, 0, 7)))
        .hasMessageContaining("dRAID needs OpenZFS 2.1.0");
    assertThatThrownBy(() -> new PoolGeometry(new VdevLayout.Mirror(2), 1, Bytes.MiB, 12, ZfsVersion.CURRENT))
        .hasMessageContaining("at least 64 MiB");
    assertThatThrownBy(() -> new PoolGeometry(new VdevLayout.Mirror(2), 1, Bytes.TiB, 17, ZfsVersion.CURRENT))
        .hasMessageContaining("ashift");
  }

  @Test
  void versionParsing() {
    assertThat(ZfsVersion.parse("zfs-2.2.2-pve1")).isEqualTo(ZfsVersion.of(2, 2, 2));
    assertThat(ZfsVersion.parse("zfs-kmod-2.3.3-pve1")).isEqualTo(ZfsVersion.of(2, 3, 3));
    assertThat(ZfsVersion.parse("0.6.5.11")).isEqualTo(ZfsVersion.of(0, 6, 5));
    assertThat(ZfsVersion.parse("2.1")).isEqualTo(ZfsVersion.of(2, 1, 0));
    assertThatThrownBy(() -> ZfsVersion.parse("latest")).hasMessageContaining("not an OpenZFS version");
  }
}
