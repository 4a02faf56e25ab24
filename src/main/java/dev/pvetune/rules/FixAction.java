package dev.pvetune.rules;

/** One remedy for a finding: what it does, what it disrupts, and the structured change. */
public record FixAction(String summary, Disruption disruption, Change change) {}
