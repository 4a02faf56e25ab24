package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionExitsZero() {
    assertThat(Main.run("--version")).isZero();
  }
}
