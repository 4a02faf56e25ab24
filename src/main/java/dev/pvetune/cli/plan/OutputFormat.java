package dev.pvetune.cli.plan;

/** {@code --format} of the plan commands. */
enum OutputFormat {
  text,
  json
}
