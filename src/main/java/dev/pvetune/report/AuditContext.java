package dev.pvetune.report;

import dev.pvetune.rules.Severity;

/** What a report says about how the audit was run. */
public record AuditContext(String pvetuneVersion, Severity failOn, boolean color) {}
