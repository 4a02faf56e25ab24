package dev.pvetune.cli.plan;

import dev.pvetune.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command tree and captures what it prints. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  String firstErrorLine() {
    return err.lines().findFirst().orElse("");
  }
}
