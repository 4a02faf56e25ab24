package dev.pvetune.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvetune.bundle.CollectException;
import dev.pvetune.bundle.LocalCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LocalCollector runs the script shipped in the jar and hands its bundle on. */
class LocalCollectorTest {
  @TempDir Path temp;
  private CollectorSandbox sandbox;
  private Path out;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = CollectorSandbox.create(temp.resolve("sandbox"));
    out = Files.createDirectories(temp.resolve("out"));
  }

  private LocalCollector collector(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", sandbox.bin.toString());
    env.put("TMPDIR", sandbox.tmp.toString());
    env.put("PVETUNE_SYSROOT", sandbox.sysroot.toString());
    env.putAll(extra);
    return new LocalCollector(env);
  }

  @Test
  void writesTheBundleToAFile() throws IOException {
    Path file = out.resolve("pve1.tar.gz");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();

    collector(Map.of()).collectTo(file, messages);

    CollectedBundle bundle = CollectedBundle.read(file);
    assertThat(bundle.manifest().get("node").asText()).isEqualTo("pve1");
    assertThat(bundle.manifest().get("commands")).hasSize(18);
    assertThat(bundle.list("files")).contains("/etc/pve/storage.cfg");
    assertThat(messages.toString(StandardCharsets.UTF_8)).contains("18 commands (2 failed)");
    assertThat(leftovers()).containsExactly(file);
  }

  @Test
  void streamsTheBundle() {
    ByteArrayOutputStream bundle = new ByteArrayOutputStream();

    collector(Map.of()).collect(bundle, new ByteArrayOutputStream());

    assertThat(CollectedBundle.read(bundle.toByteArray()).manifest().get("node").asText()).isEqualTo("pve1");
  }

  @Test
  void failedRunIsOneLineAndKeepsTheOldFile() throws IOException {
    Path file = out.resolve("pve1.tar.gz");
    Files.writeString(file, "the previous bundle");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();

    assertThatThrownBy(() -> collector(Map.of("PVETUNE_CMD_TIMEOUT", "soon")).collectTo(file, messages))
        .isInstanceOf(CollectException.class)
        .hasMessage("the collector failed with exit status 2; its own message says why");

    assertThat(messages.toString(StandardCharsets.UTF_8)).contains("PVETUNE_CMD_TIMEOUT must be a number");
    assertThat(file).hasContent("the previous bundle");
    assertThat(leftovers()).containsExactly(file);
  }

  @Test
  void missingDirectoryIsReportedBeforeCollecting() {
    Path file = out.resolve("no-such-dir/pve1.tar.gz");

    assertThatThrownBy(() -> collector(Map.of()).collectTo(file, new ByteArrayOutputStream()))
        .isInstanceOf(CollectException.class)
        .hasMessage("cannot write " + file + ": the directory " + file.getParent() + " does not exist");
  }

  @Test
  void collectsIntoATemporaryFileForLocalAudits() throws IOException {
    Path file = collector(Map.of()).collectToTempFile(new ByteArrayOutputStream());
    try {
      assertThat(file.getFileName().toString()).startsWith("pvetune-bundle-").endsWith(".tar.gz");
      assertThat(CollectedBundle.read(file).manifest().get("format").asText()).isEqualTo("pvetune-bundle");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void shipsTheCollectorScript() {
    assertThat(new String(LocalCollector.script(), StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n");
  }

  private java.util.List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.toList();
    }
  }
}
