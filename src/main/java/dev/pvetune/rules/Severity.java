package dev.pvetune.rules;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW, INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  public static Severity parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + text + "' (use critical, high, medium, low or info)");
    }
  }
}
