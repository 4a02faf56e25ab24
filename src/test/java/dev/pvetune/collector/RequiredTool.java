package dev.pvetune.collector;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * System tools that some tests need. Locally a missing tool skips the test; in CI (CI=true) it
 * fails it, because .ci/run installs every tool and a skipped test there would hide a gap.
 */
public final class RequiredTool {
  private RequiredTool() {}

  /** The tool's path, or the test is skipped (locally) or failed (CI). */
  public static Path require(String name) {
    Optional<Path> found = find(name);
    if (found.isEmpty()) {
      unavailable(name + " is not installed");
    }
    return found.orElseThrow();
  }

  /** Skips (locally) or fails (CI) the test with this reason. */
  public static void unavailable(String reason) {
    if ("true".equals(System.getenv("CI"))) {
      fail(reason + ", and CI must not skip this test (.ci/run installs what it needs)");
    }
    Assumptions.abort(reason);
  }

  /** Looks the tool up on PATH and in the sbin directories a root shell has. */
  public static Optional<Path> find(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(List.of("/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"));
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
