package dev.pvetune.bundle;

import java.util.List;

/** One command the collector ran, as the manifest records it. */
public record CommandRecord(String id, List<String> argv, int exit, double seconds, String stdoutPath, String stderrPath) {
  public CommandRecord {
    argv = List.copyOf(argv);
  }

  public boolean succeeded() {
    return exit == 0;
  }

  public String commandLine() {
    return String.join(" ", argv);
  }
}
