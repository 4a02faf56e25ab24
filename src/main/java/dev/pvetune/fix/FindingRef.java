package dev.pvetune.fix;

import dev.pvetune.rules.Severity;

/** Which finding a step or manual item comes from. */
public record FindingRef(String ruleId, Severity severity, String resource, String summary) {}
