package dev.pvetune.parse.host;

/** A variable assignment of {@code zed.rc}, with its value as the shell would see it. */
public record ZedVariable(String name, String value, int line) {}
