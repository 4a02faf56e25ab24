package dev.pvetune.report;

import dev.pvetune.rules.Severity;

/** ANSI styling that collapses to plain text when colour is off. */
final class Style {
  private final boolean color;

  Style(boolean color) {
    this.color = color;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String severity(Severity severity, String s) {
    return wrap(switch (severity) {
      case CRITICAL -> "1;97;41";
      case HIGH -> "1;31";
      case MEDIUM -> "33";
      case LOW -> "36";
      case INFO -> "2";
    }, s);
  }

  private String wrap(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
