package dev.pvetune.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.collector.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** bash -n and shellcheck on a generated script. */
final class ScriptChecks {
  private ScriptChecks() {}

  static void syntaxAndShellcheck(Path script) throws IOException, InterruptedException {
    Path bash = RequiredTool.require("bash");
    assertThat(exec(List.of(bash.toString(), "-n", script.toString()))).isEqualTo("exit 0\n");
    Path shellcheck = RequiredTool.require("shellcheck");
    assertThat(exec(List.of(shellcheck.toString(), "--shell=bash", "--severity=style", script.toString()))).isEqualTo("exit 0\n");
  }

  private static String exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out + "exit " + p.exitValue() + "\n";
  }
}
