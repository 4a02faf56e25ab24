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

  /** Runs with the given standard output and error (for tests and embedding). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = PvetuneCommand.commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }
}
