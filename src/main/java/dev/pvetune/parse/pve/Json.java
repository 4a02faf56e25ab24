package dev.pvetune.parse.pve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.pvetune.parse.ParseException;

/** Reads a JSON document; a syntax error is a {@link ParseException} with its line. */
final class Json {
  /** Immutable and thread-safe, unlike a shared ObjectMapper. */
  private static final ObjectReader READER = new ObjectMapper().reader();

  private Json() {}

  static JsonNode read(String text, String file) {
    try {
      JsonNode node = READER.readTree(text);
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
