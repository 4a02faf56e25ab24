package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle the collector wrote, unpacked in memory for assertions. Reading it already checks
 * the layout: one top directory, only files and directories, a manifest that is strict UTF-8
 * JSON.
 */
public final class CollectedBundle {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String top;
  private final List<TarGz.Entry> entries;
  private final Map<String, TarGz.Entry> byPath;
  private final JsonNode manifest;

  private CollectedBundle(String top, List<TarGz.Entry> entries, Map<String, TarGz.Entry> byPath, JsonNode manifest) {
    this.top = top;
    this.entries = entries;
    this.byPath = byPath;
    this.manifest = manifest;
  }

  public static CollectedBundle read(Path tgz) {
    try {
      return read(Files.readAllBytes(tgz));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CollectedBundle read(byte[] tgz) {
    List<TarGz.Entry> entries = TarGz.read(tgz);
    assertThat(entries).as("archive entries").isNotEmpty();
    String first = entries.get(0).name();
    String top = first.substring(0, first.indexOf('/') + 1);
    assertThat(top).as("top directory").matches("pvetune-[A-Za-z0-9._-]+-\\d{8}T\\d{6}Z/");
    Map<String, TarGz.Entry> byPath = new LinkedHashMap<>();
    for (TarGz.Entry entry : entries) {
      assertThat(entry.name()).as("entry below the top directory").startsWith(top);
      assertThat(entry.type()).as("type of " + entry.name()).isIn('0', '5');
      byPath.put(entry.name().substring(top.length()), entry);
    }
    TarGz.Entry manifestEntry = byPath.get("manifest.json");
    assertThat(manifestEntry).as("manifest.json").isNotNull();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(manifestEntry.data()));
      return new CollectedBundle(top, List.copyOf(entries), byPath, JSON.readTree(manifestEntry.data()));
    } catch (CharacterCodingException e) {
      throw new AssertionError("manifest.json is not valid UTF-8", e);
    } catch (IOException e) {
      throw new AssertionError("manifest.json is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** The top directory, with its trailing slash. */
  public String top() {
    return top;
  }

  public JsonNode manifest() {
    return manifest;
  }

  public List<TarGz.Entry> entries() {
    return entries;
  }

  public boolean has(String path) {
    return byPath.containsKey(path);
  }

  public byte[] bytes(String path) {
    TarGz.Entry entry = byPath.get(path);
    assertThat(entry).as(path + " in the bundle").isNotNull();
    return entry.data();
  }

  public String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** The manifest's record of a command, if it ran. */
  public Optional<JsonNode> command(String id) {
    for (JsonNode command : manifest.get("commands")) {
      if (command.get("id").asText().equals(id)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  public JsonNode requireCommand(String id) {
    return command(id).orElseThrow(() -> new AssertionError("no command " + id + " in the manifest"));
  }

  public String stdout(String id) {
    return text(requireCommand(id).get("stdout").asText());
  }

  public String stderr(String id) {
    return text(requireCommand(id).get("stderr").asText());
  }

  /** The argv of the attempt that was kept. */
  public List<String> argv(String id) {
    return strings(requireCommand(id).get("argv"));
  }

  /** A string array of the manifest: files, missing or truncated. */
  public List<String> list(String field) {
    JsonNode node = manifest.get(field);
    assertThat(node).as(field + " in the manifest").isNotNull();
    return strings(node);
  }

  public static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
