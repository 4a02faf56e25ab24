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

/** Reads {@code /etc/pve/ha/resources.cfg} ({@code PVE::HA::Resources}). */
public final class HaResourcesParser {
  private static final Set<String> TYPES = Set.of("vm", "ct");
  private static final Set<String> STATES =
      Set.of("started", "stopped", "enabled", "disabled", "ignored");

  private HaResourcesParser() {}

  public static Parsed<List<HaResource>> parse(String text, String file) {
    Parsed<SectionConfigFile> raw = SectionConfigParser.parse(text, file);
    List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
    Map<String, HaResource> bySid = new LinkedHashMap<>();
    for (ConfigSection section : raw.value().sections()) {
      Optional<HaResource> resource = resource(section, file, diagnostics);
      if (resource.isEmpty()) {
        continue;
      }
      HaResource previous = bySid.remove(resource.get().sid());
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                section.line(),
                "HA resource '"
                    + resource.get().sid()
                    + "' is defined again (first at line "
                    + previous.line()
                    + "); Proxmox uses this later definition"));
      }
      bySid.put(resource.get().sid(), resource.get());
    }
    return new Parsed<>(List.copyOf(bySid.values()), diagnostics);
  }

  private static Optional<HaResource> resource(
      ConfigSection section, String file, List<Diagnostic> diagnostics) {
    String type = section.type().toLowerCase(Locale.ROOT);
    String name = section.id();
    String sid = type + ":" + name;
    if (!TYPES.contains(type)) {
      return skip(section, file, diagnostics, "unknown HA resource type '" + type + "'");
    }
    if (!name.matches("[1-9][0-9]{1,8}")) {
      return skip(section, file, diagnostics, "'" + name + "' is not a guest id");
    }
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    String state = "started";
    boolean stateDefaulted = true;
    for (SectionEntry entry : section.entries()) {
      String value = entry.value().orElse(null);
      String problem = null;
      switch (entry.key()) {
        case "state":
          if (value == null || !STATES.contains(value)) {
            problem = "is not started, stopped, enabled, disabled or ignored";
          } else {
            state = value.equals("enabled") ? "started" : value;
            stateDefaulted = false;
          }
          break;
        case "max_restart":
        case "max_relocate":
          if (value == null || !value.matches("\\d{1,9}")) {
            problem = "is not a whole number";
          }
          break;
        case "failback":
          if (PveText.parseSectionBoolean(entry.value()).isEmpty()) {
            problem = "is not 0 or 1";
          }
          break;
        default:
          if (value == null) {
            problem = "has no value";
          }
      }
      if (problem != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                "HA resource '"
                    + sid
                    + "': '"
                    + entry.key()
                    + (value == null ? "" : " " + value)
                    + "' "
                    + problem
                    + "; Proxmox ignores it"));
        continue;
      }
      options.put(entry.key(), entry);
    }
    return Optional.of(
        new HaResource(
            sid,
            type,
            name,
            section.line(),
            state,
            stateDefaulted,
            value(options, "group"),
            value(options, "comment"),
            options));
  }

  private static Optional<String> value(Map<String, SectionEntry> options, String key) {
    SectionEntry entry = options.get(key);
    return entry == null ? Optional.empty() : entry.value();
  }

  private static Optional<HaResource> skip(
      ConfigSection section, String file, List<Diagnostic> diagnostics, String why) {
    diagnostics.add(new Diagnostic(file, section.line(), why + "; Proxmox skips this HA resource"));
    return Optional.empty();
  }
}
