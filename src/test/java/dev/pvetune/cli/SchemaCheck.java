package dev.pvetune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a document against the subset of JSON Schema that docs/audit-report.schema.json uses:
 * type, required, properties, items, enum, const, pattern, minimum, additionalProperties, $ref.
 */
final class SchemaCheck {
  private final JsonNode root;

  SchemaCheck(JsonNode root) {
    this.root = root;
  }

  List<String> check(JsonNode doc) {
    List<String> problems = new ArrayList<>();
    check(root, doc, "$", problems);
    return problems;
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root.at(ref.substring(1)), value, at, problems);
      return;
    }
    String type = schema.path("type").asText("");
    boolean typeOk = switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "boolean" -> value.isBoolean();
      default -> true;
    };
    if (!typeOk) {
      problems.add(at + ": expected " + type + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(at + ": expected " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && !value.asText().matches(schema.get("pattern").asText())) {
      problems.add(at + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
    }
    if (schema.has("minimum") && value.isNumber() && value.asLong() < schema.get("minimum").asLong()) {
      problems.add(at + ": below minimum");
    }
    for (JsonNode r : schema.path("required")) {
      if (!value.has(r.asText())) {
        problems.add(at + ": missing required field " + r.asText());
      }
    }
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode sub = schema.path("properties").path(e.getKey());
        if (!sub.isMissingNode()) {
          check(sub, e.getValue(), at + "." + e.getKey(), problems);
        } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
          check(schema.get("additionalProperties"), e.getValue(), at + "." + e.getKey(), problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
      }
    }
  }
}
