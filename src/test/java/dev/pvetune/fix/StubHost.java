package dev.pvetune.fix;

import dev.pvetune.collector.RequiredTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fake Proxmox node for running generated plans under bash: the stub commands of
 * src/test/resources/dev/pvetune/fix/stubs on PATH, their state directory, a sysroot for the files
 * the plan reads and edits, and the log of every stub's argv.
 */
final class StubHost {
  private static final List<String> STUBS = List.of("_lib.sh", "qm", "pct", "zfs", "zpool", "pvesm", "systemctl",
      "update-initramfs", "proxmox-boot-tool", "hostname", "id");

  final Path dir;
  final Path bin;
  final Path state;
  final Path root;
  final Path log;

  StubHost(Path dir, String hostname) throws IOException {
    this.dir = dir;
    bin = Files.createDirectories(dir.resolve("bin"));
    state = Files.createDirectories(dir.resolve("state"));
    root = Files.createDirectories(dir.resolve("root"));
    log = dir.resolve("argv.log");
    Files.createDirectories(root.resolve("etc/pve"));
    Files.createDirectories(root.resolve("etc/modprobe.d"));
    Files.createDirectories(root.resolve("etc/cron.d"));
    Files.createDirectories(root.resolve("sys/module/zfs/parameters"));
    for (String name : STUBS) {
      try (InputStream in = StubHost.class.getResourceAsStream("stubs/" + name)) {
        Path target = bin.resolve(name);
        Files.copy(in, target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    Files.writeString(state.resolve("hostname"), hostname);
    Files.write(log, new byte[0]);
  }

  static String hex(String s) {
    return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
  }

  void guest(String tool, int vmid, String config) throws IOException {
    Files.createDirectories(state.resolve(tool));
    Files.writeString(state.resolve(tool).resolve(vmid + ".conf"), config);
  }

  void dataset(String name) throws IOException {
    Files.createDirectories(state.resolve("zfs").resolve(hex(name)));
  }

  void zfs(String dataset, String property, String value, String source) throws IOException {
    dataset(dataset);
    Files.writeString(state.resolve("zfs").resolve(hex(dataset)).resolve(hex(property)), value + "\t" + source);
  }

  void zfsDefault(String property, String value) throws IOException {
    Files.createDirectories(state.resolve("zfsdefault"));
    Files.writeString(state.resolve("zfsdefault").resolve(hex(property)), value);
  }

  void zpool(String pool, String property, String value) throws IOException {
    Files.createDirectories(state.resolve("zpool").resolve(hex(pool)));
    Files.writeString(state.resolve("zpool").resolve(hex(pool)).resolve(hex(property)), value);
  }

  void unit(String unit) throws IOException {
    Files.createDirectories(state.resolve("systemd/units"));
    Files.writeString(state.resolve("systemd/units").resolve(hex(unit)), "");
  }

  void bootsThroughProxmoxBootTool() throws IOException {
    Files.writeString(state.resolve("proxmox-boot"), "");
  }

  void file(String path, String content) throws IOException {
    Path p = root.resolve(path.substring(1));
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path.substring(1)));
  }

  /** Runs a script with bash, the stubs first on PATH, in {@link #dir}. */
  Run run(Path script, String... args) throws IOException, InterruptedException {
    Path bash = RequiredTool.require("bash");
    List<String> cmd = new ArrayList<>(List.of(bash.toString(), script.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
    env.put("PVETUNE_STUB_STATE", state.toString());
    env.put("PVETUNE_STUB_LOG", log.toString());
    env.put("PVETUNE_SYSROOT", root.toString());
    env.put("LC_ALL", "C.UTF-8");
    Path outFile = dir.resolve("stdout");
    Path errFile = dir.resolve("stderr");
    pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(script + " did not finish");
    }
    return new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
  }

  /** Every stub call since the last {@link #clearLog}, each as name + arguments. */
  List<List<String>> calls() throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    List<List<String>> calls = new ArrayList<>();
    String[] fields = text.split("\0", -1);
    int i = 0;
    while (i < fields.length - 1) {
      int argc = Integer.parseInt(fields[i]);
      calls.add(List.of(fields).subList(i + 1, i + 2 + argc));
      i += argc + 2;
    }
    return calls;
  }

  void clearLog() throws IOException {
    Files.write(log, new byte[0]);
  }

  /** The stub state and the sysroot, file by file. */
  Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path base : List.of(state, root)) {
      try (Stream<Path> walk = Files.walk(base)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(dir.relativize(p).toString(), Files.readString(p));
        }
      }
    }
    return files;
  }

  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
