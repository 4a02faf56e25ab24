package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.LocalCollector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collector is plain POSIX sh: shellcheck finds nothing and dash parses it. */
class CollectorLintTest {
  private static final Path SOURCE = Path.of("collector/pvetune-collect.sh");

  @Test
  void shellcheckFindsNothing() throws IOException, InterruptedException {
    Path shellcheck = RequiredTool.require("shellcheck");

    Output output = run(List.of(shellcheck.toString(), "-s", "sh", "-S", "style", SOURCE.toString()));

    assertThat(output.text()).isEmpty();
    assertThat(output.exit()).isZero();
  }

  @Test
  void dashParsesIt() throws IOException, InterruptedException {
    Path dash = RequiredTool.require("dash");

    Output output = run(List.of(dash.toString(), "-n", SOURCE.toString()));

    assertThat(output.text()).isEmpty();
    assertThat(output.exit()).isZero();
  }

  @Test
  void startsWithThePosixShellAndIsExecutable() throws IOException {
    assertThat(Files.readAllLines(SOURCE, StandardCharsets.UTF_8).get(0)).isEqualTo("#!/bin/sh");
    assertThat(Files.isExecutable(SOURCE)).isTrue();
  }

  @Test
  void theJarShipsTheLintedScript() throws IOException {
    assertThat(LocalCollector.script()).isEqualTo(Files.readAllBytes(SOURCE));
  }

  private record Output(int exit, String text) {}

  private static Output run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Output(process.waitFor(), text);
  }
}
