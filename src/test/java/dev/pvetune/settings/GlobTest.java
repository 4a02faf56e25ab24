package dev.pvetune.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void starStaysWithinOneSegment() {
    Glob g = Glob.compile("node/pve1/qemu/104/*", false);
    assertThat(g.matches("node/pve1/qemu/104/scsi0")).isTrue();
    assertThat(g.matches("node/pve1/qemu/104")).isFalse();
    assertThat(g.matches("node/pve1/qemu/1040/scsi0")).isFalse();
    assertThat(g.matches("node/pve1/qemu/104/scsi0/extra")).isFalse();
  }

  @Test
  void doubleStarCrossesSegmentsAndATrailingOneCoversItsParent() {
    Glob g = Glob.compile("node/pve1/qemu/104/**", false);
    assertThat(g.matches("node/pve1/qemu/104")).isTrue();
    assertThat(g.matches("node/pve1/qemu/104/scsi0")).isTrue();
    assertThat(g.matches("node/pve1/qemu/1040")).isFalse();
    assertThat(Glob.compile("**", false).matches("dataset/tank/vm/vm-102-disk-0")).isTrue();
    assertThat(Glob.compile("dataset/**/vm-102-*", false).matches("dataset/tank/vm/vm-102-disk-0")).isTrue();
  }

  @Test
  void questionMarkSetsAndLiterals() {
    assertThat(Glob.compile("dc0?", true).matches("DC01")).isTrue();
    assertThat(Glob.compile("dc0?", false).matches("DC01")).isFalse();
    assertThat(Glob.compile("vm-10[0-4]", false).matches("vm-103")).isTrue();
    assertThat(Glob.compile("vm-10[!0-4]", false).matches("vm-103")).isFalse();
    assertThat(Glob.compile("vm-10[!0-4]", false).matches("vm-105")).isTrue();
    assertThat(Glob.compile("a.b+(c)", false).matches("a.b+(c)")).isTrue();
    assertThat(Glob.compile("a.b", false).matches("axb")).isFalse();
  }

  @Test
  void malformedPatternsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> Glob.compile("", false)).hasMessageContaining("empty");
    assertThatThrownBy(() -> Glob.compile("vm-[12", false)).hasMessageContaining("not closed");
    assertThatThrownBy(() -> Glob.compile("vm-12]", false)).hasMessageContaining("without '['");
    assertThatThrownBy(() -> Glob.compile("node/***", false)).hasMessageContaining("***");
    assertThatThrownBy(() -> Glob.compile("vm-[9-0]", false)).hasMessageContaining("backwards");
  }
}
