package dev.pvetune.parse.pve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.JsonTree;
import dev.pvetune.parse.ParseException;

/** Reads a JSON document; a syntax error is a {@link ParseException} with its line. */
final class Json {
  private Json() {}

  static JsonNode read(String text, String file) {
    try {
      JsonNode node = JsonTree.read(text);
      if (node == null || node.isMissingNode()) {
        throw new ParseException(file, 0, "empty file (expected a JSON object)");
      }
      return node;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ParseException(
          file, Math.max(line, 0), "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Whether a node is a whole number that fits in a long. */
  static boolean isLong(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong();
  }
}
