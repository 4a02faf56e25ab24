package dev.pvetune.report;

import dev.pvetune.rules.Severity;
import java.util.Optional;

/**
 * What a report says about how the audit was run.
 *
 * @param showWaived list waived findings (text and Markdown; JSON always lists them)
 * @param settingsFile the settings file the audit used, as the user named it
 */
public record AuditContext(String pvetuneVersion, Severity failOn, boolean color, boolean showWaived, Optional<String> settingsFile) {
  public AuditContext(String pvetuneVersion, Severity failOn, boolean color) {
    this(pvetuneVersion, failOn, color, false, Optional.empty());
  }
}
