package dev.pvetune.bundle;

/** What one command printed, with the manifest record that says how it ran. */
public record CommandOutput(CommandRecord record, String stdout, String stderr) {
  public String path() {
    return record.stdoutPath();
  }

  /** One line for a person when the command did not give usable output. */
  public String failure() {
    String err = stderr.strip();
    int nl = err.indexOf('\n');
    String first = nl >= 0 ? err.substring(0, nl) : err;
    String why = switch (record.exit()) {
      case 127 -> "not installed on the node";
      case 124 -> "timed out";
      default -> "exited " + record.exit();
    };
    return "`" + record.commandLine() + "` " + why + (first.isEmpty() ? "" : ": " + first);
  }
}
