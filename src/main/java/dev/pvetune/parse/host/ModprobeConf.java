package dev.pvetune.parse.host;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code options} lines of one {@code /etc/modprobe.d/*.conf} file, in order. */
public record ModprobeConf(String file, List<ModuleOption> options) {

  public ModprobeConf {
    options = List.copyOf(options);
  }

  /** This file's options for a module, the last occurrence of each parameter winning. */
  public Map<String, ModuleOption> options(String module) {
    return lastWins(options, normalise(module));
  }

  /**
   * The options modprobe passes for a module when it reads all these files: modprobe reads the
   * files ordered by file name, concatenates their options, and the kernel keeps the last value
   * of a repeated parameter. Pass only {@code *.conf} files (modprobe ignores others).
   */
  public static Map<String, ModuleOption> effective(
      Collection<ModprobeConf> files, String module) {
    List<ModuleOption> all =
        files.stream()
            .sorted(Comparator.comparing(c -> c.file().substring(c.file().lastIndexOf('/') + 1)))
            .flatMap(c -> c.options().stream())
            .toList();
    return lastWins(all, normalise(module));
  }

  static String normalise(String module) {
    return module.replace('-', '_');
  }

  private static Map<String, ModuleOption> lastWins(List<ModuleOption> options, String module) {
    Map<String, ModuleOption> result = new LinkedHashMap<>();
    for (ModuleOption option : options) {
      if (option.module().equals(module)) {
        result.remove(option.parameter());
        result.put(option.parameter(), option);
      }
    }
    return Collections.unmodifiableMap(result);
  }
}
