package dev.pvetune.collector;

import dev.pvetune.bundle.LocalCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A place to run the collector script under dash against a fake node: a copy of the fixture
 * sysroot (with the links and special files git cannot hold), and a bin directory that is the
 * whole PATH: the base tools the script needs (wrappers that run the real ones), plus stub commands
 * that print what a Proxmox VE 8 node prints.
 */
final class CollectorSandbox {
  /** What the collector itself needs from the system; everything else on PATH is a stub. */
  static final List<String> BASE_TOOLS =
      List.of(
          "sh", "timeout", "head", "tar", "gzip", "awk", "date", "mktemp", "readlink", "find", "sort",
          "tr", "cat", "mv", "rm", "mkdir", "wc", "id", "sleep");

  private static final String RESOURCES = "/dev/pvetune/collector/";

  final Path dir;
  final Path bin;
  final Path sysroot;
  final Path tmp;
  private final Path dash;

  private CollectorSandbox(Path dir, Path dash) {
    this.dir = dir;
    this.bin = dir.resolve("bin");
    this.sysroot = dir.resolve("sysroot");
    this.tmp = dir.resolve("tmp");
    this.dash = dash;
  }

  /** A sandbox in {@code dir} (a fresh temporary directory). */
  static CollectorSandbox create(Path dir) throws IOException {
    CollectorSandbox sandbox = new CollectorSandbox(dir, RequiredTool.require("dash"));
    Files.createDirectories(sandbox.tmp);
    copyTree(resource("sysroot"), sandbox.sysroot);
    copyTree(resource("stubs"), sandbox.bin);
    try (Stream<Path> stubs = Files.list(sandbox.bin)) {
      for (Path stub : stubs.filter(Files::isRegularFile).toList()) {
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    for (String tool : BASE_TOOLS) {
      Path real = RequiredTool.find(tool).orElseThrow(() -> new IllegalStateException(tool + " is not installed"));
      sandbox.stub(tool, "exec '" + real + "' \"$@\"");
    }
    sandbox.addLinks();
    return sandbox;
  }

  /** The collector script as built into the jar (target/classes). */
  static Path script() {
    return resource("pvetune-collect.sh");
  }

  private void addLinks() throws IOException {
    // /sys/block entries are links into /sys/devices; /dev/zvol holds relative links to zdN.
    link("sys/block/sda", "../devices/platform/ata1/host0/block/sda");
    link("sys/block/nvme0n1", "../devices/pci0000_00/nvme/nvme0/nvme0n1");
    link("sys/block/zd0", "../devices/virtual/block/zd0");
    link("sys/block/zd16", "../devices/virtual/block/zd16");
    link("dev/zvol/rpool/data/vm-100-disk-0", "../../../zd0");
    link("dev/zvol/rpool/data/vm-100-disk-0-part1", "../../../zd0p1");
    link("dev/zvol/tank/vm/vm-101-disk-0", "../../../zd16");
    // Ways a careless collector would leak secrets or hang.
    link("etc/modprobe.d/evil.conf", "../pve/priv/authkey.key");
    link("etc/pve/nodes/pve3", "../priv");
    link("sys/block/evil", "../../etc/pve/priv");
    link("etc/pve/nodes/pve1/qemu-server/102.conf", "100.conf");
    link("etc/cron.d/dangling", "missing-target");
    shell("mkfifo \"$1\"", sysroot.resolve("etc/cron.d/fifo").toString());
  }

  /** Creates (or replaces) a symbolic link below the sysroot. */
  void link(String path, String target) throws IOException {
    Path link = sysroot.resolve(path);
    Files.createDirectories(link.getParent());
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of(target));
  }

  /** Writes a file below the sysroot. */
  Path write(String path, String content) throws IOException {
    Path file = sysroot.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  /** Replaces or adds a stub command: a sh script with this body. */
  void stub(String name, String body) throws IOException {
    Path stub = bin.resolve(name);
    Files.deleteIfExists(stub);
    Files.writeString(stub, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Removes a command from PATH. */
  void remove(String name) throws IOException {
    Files.delete(bin.resolve(name));
  }

  /** Runs {@code sh -c script name args...} with the system sh (for fixture set-up). */
  static void shell(String script, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IOException("set-up command failed: " + script + ": " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Runs the collector under dash with the sysroot given by PVETUNE_SYSROOT. */
  Result run(String... args) throws IOException {
    return run(Map.of(), args);
  }

  /** Runs the collector under dash; {@code env} adds to (or, with a null value, drops) variables. */
  Result run(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(dash.toString(), script().toString()));
    command.addAll(List.of(args));
    return run(command, env, Path.of("/dev/null"));
  }

  /** Runs the collector as {@code ssh node sh -s} does: the script is dash's standard input. */
  Result runFromStandardInput() throws IOException {
    return run(List.of(dash.toString(), "-s"), Map.of(), script());
  }

  private Result run(List<String> command, Map<String, String> env, Path input) throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", bin.toString());
    environment.put("TMPDIR", tmp.toString());
    environment.put("PVETUNE_SYSROOT", sysroot.toString());
    env.forEach(
        (key, value) -> {
          if (value == null) {
            environment.remove(key);
          } else {
            environment.put(key, value);
          }
        });
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(dir, "stdout-", ".bin");
    Path err = Files.createTempFile(dir, "stderr-", ".txt");
    builder.redirectInput(input.toFile());
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());
    try {
      int exit = builder.start().waitFor();
      return new Result(exit, Files.readAllBytes(out), Files.readString(err));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /** What one collector run did. */
  record Result(int exit, byte[] stdout, String stderr) {
    CollectedBundle bundle() {
      if (exit != 0) {
        throw new AssertionError("the collector exited with " + exit + ": " + stderr);
      }
      return CollectedBundle.read(stdout);
    }
  }

  static Path resource(String name) {
    URL url = LocalCollector.class.getResource(RESOURCES + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + RESOURCES + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
