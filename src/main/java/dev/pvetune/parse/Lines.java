package dev.pvetune.parse;

import java.util.List;

/** Splits text into lines the way every parser here counts them (1-based, \n or \r\n). */
public final class Lines {
  private Lines() {}

  public static List<String> of(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] parts = body.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].endsWith("\r")) {
        parts[i] = parts[i].substring(0, parts[i].length() - 1);
      }
    }
    return List.of(parts);
  }
}
