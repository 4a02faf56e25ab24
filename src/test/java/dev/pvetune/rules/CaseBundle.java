package dev.pvetune.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds a case's bundle directory: the healthy base, then the case's overlay and edits. */
final class CaseBundle {
  static final Path RESOURCES = Path.of("src", "test", "resources", "dev", "pvetune", "rules");
  static final Path BASE = RESOURCES.resolve("base");

  private CaseBundle() {}

  static Path build(RuleCase c, Path into) throws IOException {
    copyTree(BASE, into);
    Path overlay = c.dir().resolve("overlay");
    List<String> added = new ArrayList<>();
    if (Files.isDirectory(overlay)) {
      try (Stream<Path> walk = Files.walk(overlay)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          String rel = overlay.relativize(p).toString().replace('\\', '/');
          Path target = into.resolve(rel);
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          added.add(rel);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Path manifestPath = into.resolve("manifest.json");
    ObjectNode manifest = (ObjectNode) json.readTree(manifestPath.toFile());
    for (String rel : added) {
      if (rel.startsWith("files/")) {
        addPath(manifest, "files", rel.substring("files".length()));
        removePath(manifest, "missing", rel.substring("files".length()));
      }
    }
    for (RuleCase.Edit e : c.edits()) {
      if (e instanceof RuleCase.Edit.Remove r) {
        Files.deleteIfExists(into.resolve(r.path()));
        if (r.path().startsWith("files/")) {
          removePath(manifest, "files", r.path().substring("files".length()));
          addPath(manifest, "missing", r.path().substring("files".length()));
        }
      } else if (e instanceof RuleCase.Edit.Exit x) {
        for (JsonNode cmd : manifest.withArray("commands")) {
          if (cmd.path("id").asText().equals(x.command())) {
            ((ObjectNode) cmd).put("exit", x.status());
          }
        }
      } else if (e instanceof RuleCase.Edit.Command x) {
        addCommand(manifest, into, x);
      } else if (e instanceof RuleCase.Edit.Lines l) {
        applyLines(c, into.resolve(l.path()), l);
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(manifestPath.toFile(), manifest);
    return into;
  }

  private static void applyLines(RuleCase c, Path file, RuleCase.Edit.Lines edit) throws IOException {
    List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
    int at = -1;
    for (String[] r : edit.replacements()) {
      if (r[0].equals("-")) {
        at = lines.indexOf(r[1]);
        if (at < 0) {
          throw new IllegalStateException(c.dir() + "/expect: line to replace not found in " + edit.path() + ": " + r[1]);
        }
        lines.remove(at);
      } else if (at >= 0) {
        lines.add(at++, r[1]);
      } else {
        lines.add(r[1]);
      }
    }
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static void addCommand(ObjectNode manifest, Path bundle, RuleCase.Edit.Command x) throws IOException {
    for (JsonNode cmd : manifest.withArray("commands")) {
      if (cmd.path("id").asText().equals(x.id())) {
        throw new IllegalStateException("command " + x.id() + " is already in the manifest; use 'exit' to change its status");
      }
    }
    ObjectNode cmd = manifest.withArray("commands").addObject();
    cmd.put("id", x.id());
    x.argv().forEach(cmd.putArray("argv")::add);
    cmd.put("exit", x.status());
    cmd.put("seconds", 0.0);
    cmd.put("stdout", "cmd/" + x.id() + ".out");
    cmd.put("stderr", "cmd/" + x.id() + ".err");
    ObjectNode attempt = cmd.putArray("attempts").addObject();
    x.argv().forEach(attempt.putArray("argv")::add);
    attempt.put("exit", x.status());
    for (String stream : List.of(".out", ".err")) {
      Path file = bundle.resolve("cmd").resolve(x.id() + stream);
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "", StandardCharsets.UTF_8);
      }
    }
  }

  private static void addPath(ObjectNode manifest, String field, String path) {
    ArrayNode arr = manifest.withArray(field);
    for (JsonNode n : arr) {
      if (n.asText().equals(path)) {
        return;
      }
    }
    arr.add(path);
  }

  private static void removePath(ObjectNode manifest, String field, String path) {
    ArrayNode arr = manifest.withArray(field);
    for (int i = arr.size() - 1; i >= 0; i--) {
      if (arr.get(i).asText().equals(path)) {
        arr.remove(i);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
