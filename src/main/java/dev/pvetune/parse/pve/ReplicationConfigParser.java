package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /etc/pve/replication.cfg} ({@code PVE::ReplicationConfig}). */
public final class ReplicationConfigParser {
  private static final Pattern JOB_ID = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private ReplicationConfigParser() {}

  public static Parsed<ReplicationConfig> parse(String text, String file) {
    Parsed<SectionConfigFile> raw = SectionConfigParser.parse(text, file);
    List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
    Map<String, ReplicationJob> byId = new LinkedHashMap<>();
    for (ConfigSection section : raw.value().sections()) {
      Optional<ReplicationJob> job = job(section, file, diagnostics);
      if (job.isEmpty()) {
        continue;
      }
      ReplicationJob previous = byId.remove(job.get().id());
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                section.line(),
                "replication job '"
                    + job.get().id()
                    + "' is defined again (first at line "
                    + previous.line()
                    + "); Proxmox uses this later definition"));
      }
      byId.put(job.get().id(), job.get());
    }
    return new Parsed<>(new ReplicationConfig(List.copyOf(byId.values())), diagnostics);
  }

  private static Optional<ReplicationJob> job(
      ConfigSection section, String file, List<Diagnostic> diagnostics) {
    String type = section.type().toLowerCase(Locale.ROOT);
    Matcher id = JOB_ID.matcher(section.id());
    if (!id.matches()) {
      return skip(
          section,
          file,
          diagnostics,
          "'" + section.id() + "' is not a replication job id ('<vmid>-<number>')");
    }
    int guest = Integer.parseInt(id.group(1));
    int number = Integer.parseInt(id.group(2));
    if (!type.equals("local")) {
      return skip(section, file, diagnostics, "unknown replication job type '" + type + "'");
    }
    if (guest < 100) {
      return skip(section, file, diagnostics, "guest id " + guest + " is below 100");
    }
    String jobId = guest + "-" + number;
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    boolean disabled = false;
    OptionalDouble rate = OptionalDouble.empty();
    for (SectionEntry entry : section.entries()) {
      switch (entry.key()) {
        case "disable":
          Optional<Boolean> flag = PveText.parseSectionBoolean(entry.value());
          if (flag.isEmpty()) {
            diagnostics.add(invalid(file, jobId, entry, "is not 0 or 1"));
            continue;
          }
          disabled = flag.get();
          break;
        case "rate":
          String value = entry.value().orElse("");
          if (!NUMBER.matcher(value).matches() || Double.parseDouble(value) < 1) {
            diagnostics.add(invalid(file, jobId, entry, "is not a number of MB/s ≥ 1"));
            continue;
          }
          rate = OptionalDouble.of(Double.parseDouble(value));
          break;
        default:
          if (entry.value().isEmpty()) {
            diagnostics.add(invalid(file, jobId, entry, "has no value"));
            continue;
          }
      }
      options.put(entry.key(), entry);
    }
    Optional<String> target = value(options, "target");
    if (target.isEmpty()) {
      return skip(section, file, diagnostics, "replication job '" + jobId + "' has no target");
    }
    Optional<String> schedule = value(options, "schedule");
    return Optional.of(
        new ReplicationJob(
            jobId,
            guest,
            number,
            type,
            section.line(),
            target.get(),
            schedule.orElse(ReplicationJob.DEFAULT_SCHEDULE),
            schedule.isEmpty(),
            rate,
            disabled,
            value(options, "comment").map(PveText::decodeText),
            value(options, "remove_job"),
            value(options, "source"),
            options));
  }

  private static Optional<String> value(Map<String, SectionEntry> options, String key) {
    SectionEntry entry = options.get(key);
    return entry == null ? Optional.empty() : entry.value();
  }

  private static Diagnostic invalid(String file, String jobId, SectionEntry entry, String why) {
    return new Diagnostic(
        file,
        entry.line(),
        "replication job '"
            + jobId
            + "': '"
            + entry.key()
            + entry.value().map(v -> " " + v).orElse("")
            + "' "
            + why
            + "; Proxmox ignores it");
  }

  private static Optional<ReplicationJob> skip(
      ConfigSection section, String file, List<Diagnostic> diagnostics, String why) {
    diagnostics.add(new Diagnostic(file, section.line(), why + "; Proxmox skips this job"));
    return Optional.empty();
  }
}
