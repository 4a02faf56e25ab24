package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutComparisonTest {
  private static final long TEN_TB_PARTITION = 10_000_820_862_976L;

  @Test
  void eightDisksGetMirrorsAndEveryDividingRaidzWidth() {
    List<LayoutCandidate> c = LayoutComparison.compare(8, TEN_TB_PARTITION, 12, ZfsVersion.CURRENT);
    assertThat(c).extracting(LayoutCandidate::label)
        .containsExactlyInAnyOrder(
            "4 × 2-way mirror", "2 × 4-wide raidz1", "1 × 8-wide raidz1", "2 × 4-wide raidz2",
            "1 × 8-wide raidz2", "1 × 8-wide raidz3");
    assertThat(c.get(0).label()).isEqualTo("4 × 2-way mirror");
    assertThat(c).extracting(LayoutCandidate::rank).containsExactly(1, 2, 3, 4, 5, 6);
    // 2 x 4-wide raidz1 (2 vdevs) before the single-vdev layouts; then by space at 16K
    assertThat(c.get(1).vdevCount()).isEqualTo(2);
    LayoutCandidate raidz2 =
        c.stream().filter(x -> x.label().equals("1 × 8-wide raidz2")).findFirst().orElseThrow();
    assertThat(raidz2.capacity().usableBytes()).isEqualTo(56_730_075_529_216L);
    // 16K blocks on 8-wide raidz2 are charged 17,472 B: usable x 16384 / 17472
    assertThat(raidz2.usableAt16kBytes()).isEqualTo(Bytes.mulDiv(56_730_075_529_216L, 16384, 17472));
    assertThat(raidz2.volblocksize().volblocksize()).isEqualTo(16 * Bytes.KiB);
  }

  @Test
  void twentyFourDisksIncludeDraidAndStayOrdered() {
    List<LayoutCandidate> c = LayoutComparison.compare(24, TEN_TB_PARTITION, 12, ZfsVersion.CURRENT);
    assertThat(c).hasSize(23);
    assertThat(c).filteredOn(x -> x.layout() instanceof VdevLayout.Draid).hasSize(6);
    for (int i = 1; i < c.size(); i++) {
      assertThat(c.get(i).iops().randomMixed()).isLessThanOrEqualTo(c.get(i - 1).iops().randomMixed());
    }
    assertThat(c).allSatisfy(x -> assertThat(x.tolerance().anyDisks()).isPositive());
    LayoutCandidate draid =
        c.stream().filter(x -> x.layout().name().equals("draid2:8d:24c:1s")).findFirst().orElseThrow();
    assertThat(draid.volblocksize().volblocksize()).isEqualTo(32 * Bytes.KiB);
  }

  @Test
  void draidNeedsTwoPointOne() {
    List<LayoutCandidate> c = LayoutComparison.compare(12, TEN_TB_PARTITION, 12, ZfsVersion.of(2, 0, 7));
    assertThat(c).noneMatch(x -> x.layout() instanceof VdevLayout.Draid);
  }

  @Test
  void needsTwoDisks() {
    assertThatThrownBy(() -> LayoutComparison.compare(1, TEN_TB_PARTITION, 12, ZfsVersion.CURRENT))
        .hasMessageContaining("at least 2 disks");
  }
}
