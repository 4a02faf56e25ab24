package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {
  @Test
  void findsInstalledTools() {
    assertThat(RequiredTool.find("sh")).isPresent();
    assertThat(RequiredTool.find("pvetune-no-such-tool")).isEmpty();
  }

  @Test
  void missingToolSkipsLocallyButFailsInCi() {
    Class<? extends Throwable> expected =
        "true".equals(System.getenv("CI")) ? AssertionFailedError.class : TestAbortedException.class;

    assertThatThrownBy(() -> RequiredTool.require("pvetune-no-such-tool"))
        .isInstanceOf(expected)
        .hasMessageContaining("pvetune-no-such-tool is not installed");
  }
}
