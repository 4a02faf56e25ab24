package dev.pvetune.cli;

import picocli.CommandLine;

/** Entry point: builds the command tree and maps the outcome to the documented exit codes. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return PvetuneCommand.commandLine().execute(args);
  }
}
