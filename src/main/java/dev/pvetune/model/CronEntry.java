package dev.pvetune.model;

/** One scheduled command from a cron file. */
public record CronEntry(String schedule, String user, String command, SourceRef ref) {}
