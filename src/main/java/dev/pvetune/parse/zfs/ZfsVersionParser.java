package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code zfs version} ({@code zfs-2.2.7-pve1} and {@code zfs-kmod-2.2.7-pve1}) and its
 * fallback {@code cat /sys/module/zfs/version} ({@code 2.2.7-pve1}, the module's version).
 */
public final class ZfsVersionParser {
  private ZfsVersionParser() {}

  private static final String KMOD = "zfs-kmod-";
  private static final String USERLAND = "zfs-";

  public static Parsed<ZfsVersions> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<OpenZfsVersion> userland = Optional.empty();
    Optional<OpenZfsVersion> kmod = Optional.empty();
    List<String> lines = Lines.of(text);
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      any = true;
      Optional<OpenZfsVersion> version;
      boolean module;
      if (line.startsWith(KMOD)) {
        version = OpenZfsVersion.parse(line.substring(KMOD.length()));
        module = true;
      } else if (line.startsWith(USERLAND)) {
        version = OpenZfsVersion.parse(line.substring(USERLAND.length()));
        module = false;
      } else {
        version = OpenZfsVersion.parse(line);
        module = true;
      }
      if (version.isEmpty()) {
        diagnostics.add(new Diagnostic(file, i + 1, "not an OpenZFS version: '" + line + "'"));
      } else if (module) {
        kmod = version;
      } else {
        userland = version;
      }
    }
    if (!any) {
      throw new ParseException(file, 0, "empty output; the OpenZFS version is unknown");
    }
    if (userland.isEmpty() && kmod.isEmpty()) {
      throw new ParseException(file, 1, "no OpenZFS version in the output");
    }
    return new Parsed<>(new ZfsVersions(userland, kmod), diagnostics);
  }
}
