package dev.pvetune.zfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ArcModelTest {
  private static final long GIB = Bytes.GiB;

  @Test
  void openZfsDefaultMaxChangedIn2_3() {
    assertThat(ArcDefaults.openZfsMax(64 * GIB, ZfsVersion.of(2, 2, 7))).isEqualTo(32 * GIB);
    assertThat(ArcDefaults.openZfsMax(64 * GIB, ZfsVersion.of(2, 3, 0))).isEqualTo(63 * GIB);
    // below 2.67 GiB, 5/8 of RAM is more than RAM - 1 GiB
    assertThat(ArcDefaults.openZfsMax(2 * GIB, ZfsVersion.CURRENT)).isEqualTo(2 * GIB / 8 * 5);
    assertThat(ArcDefaults.openZfsMax(8 * GIB, ZfsVersion.of(0, 8, 6))).isEqualTo(4 * GIB);
  }

  @Test
  void openZfsDefaultMinIsOneThirtySecondSince0_8() {
    assertThat(ArcDefaults.openZfsMin(64 * GIB, ZfsVersion.CURRENT)).hasValue(2 * GIB);
    assertThat(ArcDefaults.openZfsMin(GIB, ZfsVersion.CURRENT)).hasValue(32 * Bytes.MiB);
    assertThat(ArcDefaults.openZfsMin(64 * GIB, ZfsVersion.of(0, 7, 13))).isEmpty();
  }

  @Test
  void proxmoxInstallerWritesTenPercentClamped() {
    assertThat(ArcDefaults.proxmoxInstaller(64 * GIB)).isEqualTo(6554 * Bytes.MiB);
    assertThat(ArcDefaults.proxmoxInstaller(256 * GIB)).isEqualTo(16 * GIB);
    assertThat(ArcDefaults.proxmoxInstaller(512 * Bytes.MiB)).isEqualTo(64 * Bytes.MiB);
  }

  @Test
  void pveDocsRuleIsTwoGibPlusOneGibPerTib() {
    assertThat(ArcDefaults.pveDocsMinimum(4 * Bytes.TiB)).isEqualTo(6 * GIB);
    assertThat(ArcDefaults.pveDocsMinimum(0)).isEqualTo(2 * GIB);
    // 40 TB (decimal) = 36.38 TiB -> 38.38 GiB
    assertThat(ArcDefaults.pveDocsMinimum(40_000_000_000_000L)).isEqualTo(2 * GIB + 39_062_500_000L);
  }

  @Test
  void s000TableRows() {
    assertThat(S000ArcAdvice.forRam(32 * GIB)).extracting("lowBytes", "highBytes", "rowRamGiB", "inTable")
        .containsExactly(4 * GIB, 4 * GIB, 32, true);
    assertThat(S000ArcAdvice.forRam(64 * GIB).lowBytes()).isEqualTo(8 * GIB);
    S000ArcAdvice r128 = S000ArcAdvice.forRam(128 * GIB);
    assertThat(r128.lowBytes()).isEqualTo(16 * GIB);
    assertThat(r128.highBytes()).isEqualTo(32 * GIB);
    assertThat(S000ArcAdvice.forRam(512 * GIB).highBytes()).isEqualTo(128 * GIB);
    S000ArcAdvice small = S000ArcAdvice.forRam(16 * GIB);
    assertThat(small.inTable()).isFalse();
    assertThat(small.rowRamGiB()).isZero();
    assertThat(S000ArcAdvice.forRam(96 * GIB).rowRamGiB()).isEqualTo(64);
    // s000: arc_min = 25% of arc_max, 16 GiB -> 4 GiB
    assertThat(S000ArcAdvice.arcMinFor(16 * GIB)).isEqualTo(4 * GIB);
  }

  @Test
  void planFollowsS000WhenMemoryAllows() {
    ArcPlan p = ArcPlanner.plan(new ArcRequest(128 * GIB, 64 * GIB, OptionalLong.of(8 * Bytes.TiB),
        OptionalLong.empty(), ZfsVersion.CURRENT));
    assertThat(p.recommendedMax()).isEqualTo(16 * GIB);
    assertThat(p.recommendedMin()).isEqualTo(4 * GIB);
    assertThat(p.pveDocsMinimum()).hasValue(10 * GIB);
    assertThat(p.headroomBytes()).isEqualTo(128 * GIB - 64 * GIB - ArcRequest.defaultHostReserve(128 * GIB) - 16 * GIB);
    assertThat(p.warnings()).isEmpty();
    assertThat(p.modprobeLine()).isEqualTo("options zfs zfs_arc_max=17179869184 zfs_arc_min=4294967296");
  }

  @Test
  void bigPoolRaisesTheArcAbovetheS000Figure() {
    ArcPlan p = ArcPlanner.plan(new ArcRequest(64 * GIB, 32 * GIB, OptionalLong.of(20 * Bytes.TiB),
        OptionalLong.empty(), ZfsVersion.CURRENT));
    assertThat(p.recommendedMax()).isEqualTo(22 * GIB);
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void overcommittedHostGetsCutArcAndWarnings() {
    ArcPlan p = ArcPlanner.plan(new ArcRequest(32 * GIB, 30 * GIB, OptionalLong.of(10 * Bytes.TiB),
        OptionalLong.empty(), ZfsVersion.CURRENT));
    assertThat(p.recommendedMax()).isEqualTo(GIB);
    assertThat(p.availableForArcBytes()).isEqualTo(0);
    assertThat(p.warnings()).hasSize(2);
    assertThat(p.warnings().get(0)).contains("pve-docs rule asks for at least 12.00 GiB");
    assertThat(p.warnings().get(1)).contains("exceed RAM");
  }

  @Test
  void defaultHostReserveIsTwoGibOrFivePercentOfRam() {
    assertThat(ArcRequest.defaultHostReserve(16 * GIB)).isEqualTo(2 * GIB);
    assertThat(ArcRequest.defaultHostReserve(48 * GIB)).isEqualTo(48 * GIB * 5 / 100);
    assertThat(ArcRequest.defaultHostReserve(512 * GIB)).isEqualTo(512 * GIB * 5 / 100);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new ArcRequest(512 * Bytes.MiB, 0, OptionalLong.empty(), OptionalLong.empty(),
            ZfsVersion.CURRENT))
        .hasMessageContaining("at least 1 GiB");
    assertThatThrownBy(() -> new ArcRequest(8 * GIB, -1, OptionalLong.empty(), OptionalLong.empty(),
            ZfsVersion.CURRENT))
        .hasMessageContaining("guest RAM");
  }
}
