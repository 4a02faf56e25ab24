package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.LocalCollector;
import dev.pvetune.collector.CollectedBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CollectCommandTest {
  @TempDir Path temp;

  @Test
  void collectsThisMachineIntoTheGivenFile() {
    Path file = temp.resolve("bundle.tar.gz");

    int exit = Main.run("collect", "-o", file.toString());

    assertThat(exit).isZero();
    CollectedBundle bundle = CollectedBundle.read(file);
    assertThat(bundle.manifest().get("format").asText()).isEqualTo("pvetune-bundle");
    assertThat(bundle.manifest().get("sysroot").asText()).isEqualTo("/");
    assertThat(bundle.requireCommand("uname").get("exit").asInt()).isZero();
  }

  @Test
  void failureIsOneLineAndExitStatus2() {
    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new CollectCommand(new LocalCollector(Map.of("PVETUNE_CMD_TIMEOUT", "soon"))));
    command.setErr(new PrintWriter(err, true));

    int exit = command.execute("-o", temp.resolve("bundle.tar.gz").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("pvetune collect: the collector failed with exit status 2; its own message says why" + System.lineSeparator());
    assertThat(temp.resolve("bundle.tar.gz")).doesNotExist();
  }

  @Test
  void unwritableTargetIsOneLineAndExitStatus2() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new CollectCommand());
    command.setErr(new PrintWriter(err, true));
    Path file = temp.resolve("missing/bundle.tar.gz");

    int exit = command.execute("-o", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith("pvetune collect: cannot write " + file).doesNotContain("Exception");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(Main.run("collect", "--bogus")).isEqualTo(2);
  }

  @Test
  void helpDescribesTheCommand() {
    StringWriter out = new StringWriter();
    CommandLine command = PvetuneCommand.commandLine();
    command.setOut(new PrintWriter(out, true));

    int exit = command.execute("collect", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("-o, --output=FILE").contains("bundle");
  }
}
