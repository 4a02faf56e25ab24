package dev.pvetune.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.collector.RequiredTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
  static final List<String> HOSTILE = List.of("", "plain", "it's", "'", "''", "\"$(touch pwned)\"", "`touch pwned`", "a;b&&c|d",
      "*?[a]", "line\nbreak\n", "\\'\\", "$HOME ${IFS} $'x'", "tab\there", "ünïcode ✓");

  @Test
  void bashReadsEveryQuotedWordBackExactly(@TempDir Path dir) throws Exception {
    Path bash = RequiredTool.require("bash");
    StringBuilder script = new StringBuilder();
    for (String s : HOSTILE) {
      script.append("printf '%s\\0' ").append(Shell.quote(s)).append('\n');
    }
    Path file = dir.resolve("t.sh");
    Files.writeString(file, script);
    Process p = new ProcessBuilder(bash.toString(), file.toString()).directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(out.split("\0", -1)).containsExactlyElementsOf(concat(HOSTILE, ""));
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("t.sh");
    }
  }

  @Test
  void printableKeepsTextOnOneLine() {
    assertThat(Shell.printable("a\nb\tc\u001b[31m\\")).isEqualTo("a\\nb\\tc\\x1b[31m\\\\");
  }

  @Test
  void refusesNul() {
    assertThatThrownBy(() -> Shell.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(last);
    return out;
  }
}
