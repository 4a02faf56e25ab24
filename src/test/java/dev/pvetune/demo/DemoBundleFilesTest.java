package dev.pvetune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader uses manifest.json as the index of the bundle, so the built-in example must list
 * every file it ships and nothing it does not ship.
 */
class DemoBundleFilesTest {
  private static final Set<String> NOT_BUNDLE_ENTRIES = Set.of("manifest.json", "README.md");

  private static Path demo;
  private static JsonNode manifest;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    URL url = DemoBundleFilesTest.class.getResource("/dev/pvetune/demo/manifest.json");
    assertThat(url).as("demo manifest on the classpath").isNotNull();
    Path manifestPath = Path.of(url.toURI());
    demo = manifestPath.getParent();
    manifest = new ObjectMapper().readTree(manifestPath.toFile());
  }

  @Test
  void manifestIdentifiesABundleOfFormatVersion1() {
    assertThat(manifest.path("format").asText()).isEqualTo("pvetune-bundle");
    assertThat(manifest.path("version").asInt()).isEqualTo(1);
    assertThat(manifest.path("node").asText()).isEqualTo("pve1");
  }

  @Test
  void manifestListsExactlyTheFilesInTheDirectory() throws IOException {
    assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(entriesInManifest());
  }

  @Test
  void everyListedEntryIsARegularFile() {
    for (String entry : entriesInManifest()) {
      Path file = demo.resolve(entry).normalize();
      assertThat(file.startsWith(demo)).as("%s stays inside the bundle", entry).isTrue();
      assertThat(Files.isRegularFile(file)).as("%s exists", entry).isTrue();
    }
  }

  @Test
  void commandIdsAreUniqueAndOutputsAreNamedAfterThem() {
    List<String> ids = new ArrayList<>();
    for (JsonNode command : manifest.path("commands")) {
      String id = command.path("id").asText();
      ids.add(id);
      assertThat(command.path("stdout").asText()).isEqualTo("cmd/" + id + ".out");
      assertThat(command.path("stderr").asText()).isEqualTo("cmd/" + id + ".err");
      JsonNode attempts = command.path("attempts");
      assertThat(attempts.size()).as("%s has attempts", id).isPositive();
      JsonNode kept = attempts.get(attempts.size() - 1);
      assertThat(kept.path("exit").asInt()).as("%s exit", id).isEqualTo(command.path("exit").asInt());
      assertThat(kept.path("argv")).as("%s argv", id).isEqualTo(command.path("argv"));
    }
    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void missingPathsAreNotShipped() {
    for (JsonNode missing : manifest.path("missing")) {
      assertThat(Files.exists(demo.resolve("files" + missing.asText()))).isFalse();
    }
  }

  private static Set<String> entriesInManifest() {
    Set<String> entries = new TreeSet<>();
    for (JsonNode file : manifest.path("files")) {
      String path = file.asText();
      assertThat(path).as("file paths are absolute").startsWith("/");
      entries.add("files" + path);
    }
    for (JsonNode command : manifest.path("commands")) {
      entries.add(command.path("stdout").asText());
      entries.add(command.path("stderr").asText());
    }
    return entries;
  }

  private static Set<String> filesOnDisk() throws IOException {
    try (Stream<Path> walk = Files.walk(demo)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> demo.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !NOT_BUNDLE_ENTRIES.contains(p))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
