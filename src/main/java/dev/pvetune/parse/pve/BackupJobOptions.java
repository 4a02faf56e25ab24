package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns vzdump options (from jobs.cfg or a cron line) into a {@link BackupJob}. */
final class BackupJobOptions {
  private static final Set<String> MODES = Set.of("snapshot", "suspend", "stop");

  private BackupJobOptions() {}

  /**
   * Builds the job; invalid values are reported and treated as absent.
   *
   * @param options accepted options by key (values already checked for presence where needed)
   * @param vmids guest ids collected so far (cron positional arguments)
   */
  static BackupJob build(
      String id,
      BackupJobSource source,
      int line,
      String schedule,
      boolean enabled,
      Map<String, SectionEntry> options,
      List<String> excludePaths,
      String file,
      List<Diagnostic> diagnostics) {
    String mode = BackupJob.DEFAULT_MODE;
    boolean modeDefaulted = true;
    Optional<SectionEntry> modeEntry = Optional.ofNullable(options.get("mode"));
    if (modeEntry.isPresent()) {
      String value = modeEntry.get().value().orElse("");
      if (MODES.contains(value)) {
        mode = value;
        modeDefaulted = false;
      } else {
        diagnostics.add(
            invalid(
                file, id, modeEntry.get(), "is not snapshot, suspend or stop; vzdump rejects it"));
      }
    }
    boolean all = false;
    SectionEntry allEntry = options.get("all");
    if (allEntry != null) {
      Optional<Boolean> flag = booleanValue(source, allEntry.value());
      if (flag.isEmpty()) {
        diagnostics.add(invalid(file, id, allEntry, "is not a boolean"));
      } else {
        all = flag.get();
      }
    }
    return new BackupJob(
        id,
        source,
        line,
        schedule,
        enabled,
        mode,
        modeDefaulted,
        all,
        guestList(id, options.get("vmid"), file, diagnostics),
        guestList(id, options.get("exclude"), file, diagnostics),
        value(options, "node"),
        value(options, "pool"),
        value(options, "storage"),
        excludePaths,
        value(options, "comment").map(PveText::decodeText),
        options);
  }

  /** jobs.cfg booleans are 0/1 (or the key alone); command-line booleans take any spelling. */
  static Optional<Boolean> booleanValue(BackupJobSource source, Optional<String> value) {
    if (source == BackupJobSource.JOBS_CFG || value.isEmpty()) {
      return PveText.parseSectionBoolean(value);
    }
    return PveText.parseBoolean(value.get());
  }

  private static List<Integer> guestList(
      String id, SectionEntry entry, String file, List<Diagnostic> diagnostics) {
    List<Integer> out = new ArrayList<>();
    if (entry == null) {
      return out;
    }
    for (String item : PveText.splitList(entry.value().orElse(""))) {
      if (item.matches("[1-9]\\d{0,8}")) {
        out.add(Integer.parseInt(item));
      } else {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                "backup job '"
                    + id
                    + "': '"
                    + item
                    + "' in '"
                    + entry.key()
                    + "' is not a guest id; it is ignored"));
      }
    }
    return out;
  }

  private static Optional<String> value(Map<String, SectionEntry> options, String key) {
    SectionEntry entry = options.get(key);
    return entry == null ? Optional.empty() : entry.value();
  }

  static Diagnostic invalid(String file, String id, SectionEntry entry, String why) {
    return new Diagnostic(
        file,
        entry.line(),
        "backup job '"
            + id
            + "': '"
            + entry.key()
            + entry.value().map(v -> " " + v).orElse("")
            + "' "
            + why);
  }
}
