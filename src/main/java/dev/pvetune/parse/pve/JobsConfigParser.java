package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the backup jobs of {@code /etc/pve/jobs.cfg} (sections of type {@code vzdump}; other job
 * types such as {@code realm-sync} are not backups and are left out).
 */
public final class JobsConfigParser {
  private static final Set<String> ARRAY_KEYS = Set.of("exclude-path");

  /** vzdump boolean options, which may be written without a value. */
  private static final Set<String> FLAGS =
      Set.of("all", "repeat-missed", "protected", "remove", "quiet", "stdexcludes");

  private JobsConfigParser() {}

  public static Parsed<List<BackupJob>> parse(String text, String file) {
    Parsed<SectionConfigFile> raw = SectionConfigParser.parse(text, file, ARRAY_KEYS);
    List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
    Map<String, BackupJob> byId = new LinkedHashMap<>();
    for (ConfigSection section : raw.value().sections()) {
      if (!section.type().toLowerCase(Locale.ROOT).equals("vzdump")) {
        continue;
      }
      Optional<BackupJob> job = job(section, file, diagnostics);
      if (job.isEmpty()) {
        continue;
      }
      BackupJob previous = byId.remove(job.get().id());
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                section.line(),
                "backup job '"
                    + job.get().id()
                    + "' is defined again (first at line "
                    + previous.line()
                    + "); Proxmox uses this later definition"));
      }
      byId.put(job.get().id(), job.get());
    }
    return new Parsed<>(List.copyOf(byId.values()), diagnostics);
  }

  private static Optional<BackupJob> job(
      ConfigSection section, String file, List<Diagnostic> diagnostics) {
    String id = section.id();
    if (!PveText.isConfigId(id)) {
      diagnostics.add(
          new Diagnostic(
              file,
              section.line(),
              "'" + id + "' is not a valid job id; Proxmox skips this backup job"));
      return Optional.empty();
    }
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    List<String> excludePaths = new ArrayList<>();
    boolean enabled = true;
    for (SectionEntry entry : section.entries()) {
      if (entry.key().equals("enabled")) {
        Optional<Boolean> flag = PveText.parseSectionBoolean(entry.value());
        if (flag.isEmpty()) {
          diagnostics.add(
              BackupJobOptions.invalid(file, id, entry, "is not 0 or 1; it is ignored"));
          continue;
        }
        enabled = flag.get();
      } else if (entry.value().isEmpty() && !isFlag(entry.key())) {
        diagnostics.add(BackupJobOptions.invalid(file, id, entry, "has no value; it is ignored"));
        continue;
      } else if (entry.key().equals("exclude-path")) {
        excludePaths.add(entry.value().get());
      }
      options.putIfAbsent(entry.key(), entry);
    }
    SectionEntry schedule = options.get("schedule");
    if (schedule == null) {
      diagnostics.add(
          new Diagnostic(
              file,
              section.line(),
              "backup job '" + id + "' has no schedule; Proxmox skips this job"));
      return Optional.empty();
    }
    return Optional.of(
        BackupJobOptions.build(
            id,
            BackupJobSource.JOBS_CFG,
            section.line(),
            schedule.value().orElseThrow(),
            enabled,
            options,
            excludePaths,
            file,
            diagnostics));
  }

  private static boolean isFlag(String key) {
    return FLAGS.contains(key);
  }
}
