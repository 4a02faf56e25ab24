package dev.pvetune.settings;

import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * What the settings file (--settings) changes about an audit.
 *
 * @param file the file as the user named it
 * @param roles extra guest roles, applied to the inventory before the rules run
 * @param thresholds the numbers rules compare against
 * @param severities rule id → the severity every finding of that rule gets
 * @param waivers accepted findings
 */
public record Settings(String file, List<RoleAssignment> roles, Thresholds thresholds, Map<String, Severity> severities, List<Waiver> waivers) {
  /** No settings file: catalogue defaults, nothing overridden or waived. */
  public static final Settings NONE = new Settings("", List.of(), Thresholds.DEFAULTS, Map.of(), List.of());

  public Settings {
    roles = List.copyOf(roles);
    severities = Map.copyOf(severities);
    waivers = List.copyOf(waivers);
  }
}
