package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code pveversion -v} ({@code <package>: <version>[ (running kernel|version: X)]}, one per
 * line) and also the short form {@code pve-manager/<version>/<repoid> (running kernel: X)}.
 */
public final class PveVersionParser {
  private static final Pattern PACKAGE =
      Pattern.compile(
          "([a-z0-9][a-z0-9+.\\-]*): (.+?)(?: \\(running (kernel|version): (\\S+)\\))?");
  private static final Pattern OLD_KERNEL = Pattern.compile("running kernel: (\\S+)");
  private static final Pattern SHORT =
      Pattern.compile("pve-manager/(\\S+) \\(running kernel: (\\S+)\\)");

  private PveVersionParser() {}

  /**
   * @throws ParseException if no line gives a package version or the running kernel/manager
   */
  public static Parsed<PackageVersions> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, PackageVersion> packages = new LinkedHashMap<>();
    Optional<String> kernel = Optional.empty();
    Optional<String> manager = Optional.empty();
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      int no = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = SHORT.matcher(line);
      if (m.matches()) {
        manager = Optional.of(m.group(1));
        kernel = Optional.of(m.group(2));
        continue;
      }
      if ((m = OLD_KERNEL.matcher(line)).matches()) {
        kernel = Optional.of(m.group(1));
        continue;
      }
      if (!(m = PACKAGE.matcher(line)).matches()) {
        diagnostics.add(new Diagnostic(file, no, "not '<package>: <version>'; ignored"));
        continue;
      }
      String name = m.group(1);
      String versionText = m.group(2);
      Optional<String> running = Optional.ofNullable(m.group(4));
      Optional<DebianVersion> version = DebianVersion.parse(versionText);
      if (version.isEmpty() && !versionText.equals("not correctly installed")) {
        diagnostics.add(
            new Diagnostic(file, no, name + ": '" + versionText + "' is not a package version"));
      }
      if ("kernel".equals(m.group(3))) {
        kernel = running;
      } else if ("version".equals(m.group(3))) {
        manager = running;
      }
      PackageVersion previous = packages.get(name);
      if (previous != null && previous.versionText().equals(versionText)) {
        // pveversion -v prints proxmox-kernel-helper (and on some releases other packages)
        // twice: once among the headline packages and once in the alphabetical list.
        continue;
      }
      if (previous != null) {
        packages.remove(name);
        diagnostics.add(
            new Diagnostic(
                file,
                no,
                name + " is listed again with a different version (first at line " + previous.line() + "); the last wins"));
      }
      packages.put(name, new PackageVersion(name, versionText, version, running, no));
    }
    boolean anyVersion = packages.values().stream().anyMatch(PackageVersion::installed);
    if (!anyVersion && manager.isEmpty() && kernel.isEmpty()) {
      throw new ParseException(
          file, 0, "no package versions found (expected 'pveversion -v' output)");
    }
    return new Parsed<>(new PackageVersions(packages, kernel, manager), diagnostics);
  }
}
