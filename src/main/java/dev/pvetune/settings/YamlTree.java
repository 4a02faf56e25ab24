package dev.pvetune.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.pvetune.parse.ParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as maps, lists and scalars that remember their line, so every complaint about
 * the settings file can name it. Duplicate keys, aliases and further documents are refused.
 */
final class YamlTree {
  private YamlTree() {}

  sealed interface Node permits YamlMap, YamlList, Scalar {
    int line();
  }

  record Entry(String key, int keyLine, Node value) {}

  record YamlMap(int line, Map<String, Entry> entries) implements Node {}

  record YamlList(int line, List<Node> items) implements Node {}

  /** A scalar with the token type YAML's resolution gave it (string, integer, float, boolean, null). */
  record Scalar(int line, JsonToken token, String text) implements Node {}

  /** The document's root, or empty for a file with no content (only comments, say). */
  static Optional<Node> parse(String file, String text) {
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      if (p.nextToken() == null) {
        return Optional.empty();
      }
      Node root = node(file, (YAMLParser) p);
      if (p.nextToken() != null) {
        throw new ParseException(file, line(p), "a second YAML document starts here; put all settings in one document");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      throw syntaxError(file, e);
    } catch (IOException e) {
      throw new ParseException(file, 0, "cannot read: " + e.getMessage());
    }
  }

  private static Node node(String file, YAMLParser p) throws IOException {
    int line = line(p);
    JsonToken t = p.currentToken();
    if (p.isCurrentAlias()) {
      throw new ParseException(file, line, "YAML aliases (*" + p.getText() + ") are not supported in the settings file; write the value out");
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = line(p);
        p.nextToken();
        Entry previous = entries.put(key, new Entry(key, keyLine, node(file, p)));
        if (previous != null) {
          throw new ParseException(file, keyLine, "'" + key + "' is given twice (first at line " + previous.keyLine() + ")");
        }
      }
      return new YamlMap(line, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(file, p));
      }
      return new YamlList(line, items);
    }
    return new Scalar(line, t, t == JsonToken.VALUE_NULL ? "" : p.getText());
  }

  private static int line(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return at == null ? 0 : at.getLineNr();
  }

  private static ParseException syntaxError(String file, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y) {
      int line = y.getProblemMark() != null ? y.getProblemMark().getLine() + 1 : 0;
      String problem = y.getProblem() == null ? "not valid YAML" : y.getProblem();
      String context = y.getContext() == null ? "" : " (" + y.getContext() + ")";
      return new ParseException(file, line, "not valid YAML: " + oneLine(problem + context));
    }
    JsonLocation at = e.getLocation();
    return new ParseException(file, at == null ? 0 : at.getLineNr(), "not valid YAML: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
