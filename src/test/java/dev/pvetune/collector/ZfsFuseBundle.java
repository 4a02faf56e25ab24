package dev.pvetune.collector;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pvetune.bundle.LocalCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A bundle collected from real ZFS: zfs-fuse (pool version 23, an old userland without -p, -P,
 * -j or zvols) runs file-backed pools, and the shipped collector reads them with a fake
 * /etc/pve. Starts the zfs-fuse daemon when none is running and stops it again on
 * {@link #close()}; pools get a random suffix so a daemon shared with another run is safe.
 *
 * <p>Skipped locally when zfs-fuse, root or /dev/fuse is missing; a failure under CI=true.
 */
public final class ZfsFuseBundle implements AutoCloseable {
  private static final long VDEV_BYTES = 128L * 1024 * 1024;
  private static final String MIRROR_PREFIX = "pvetune mirror ";
  private static final String RAIDZ_PREFIX = "pvetune-raidz-";

  private final Path work;
  private final String mirrorPool;
  private final String raidzPool;
  private final List<String> createdPools = new ArrayList<>();
  private Optional<Path> daemonPidFile = Optional.empty();
  private Path bundle;
  private String collectorMessages = "";

  private ZfsFuseBundle(Path work, String suffix) {
    this.work = work;
    this.mirrorPool = MIRROR_PREFIX + suffix;
    this.raidzPool = RAIDZ_PREFIX + suffix;
  }

  /** Builds pools and datasets in zfs-fuse and collects a bundle from them into {@code work}. */
  public static ZfsFuseBundle create(Path work) throws IOException, InterruptedException {
    RequiredTool.require("zfs-fuse");
    RequiredTool.require("zpool");
    RequiredTool.require("zfs");
    RequiredTool.require("zdb");
    if (!"0".equals(run(List.of("id", "-u")).output().trim())) {
      RequiredTool.unavailable("zfs-fuse needs root");
    }
    if (!Files.exists(Path.of("/dev/fuse"))) {
      RequiredTool.unavailable("/dev/fuse does not exist");
    }
    ZfsFuseBundle fixture = new ZfsFuseBundle(work, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2));
    try {
      fixture.startDaemon();
      fixture.createPools();
      fixture.collect();
      return fixture;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      fixture.close();
      throw e;
    }
  }

  /** The collected bundle (tar.gz). */
  public Path bundle() {
    return bundle;
  }

  /** The mirror pool of two files; its name holds a space. */
  public String mirrorPool() {
    return mirrorPool;
  }

  /** The raidz1 pool of three files. */
  public String raidzPool() {
    return raidzPool;
  }

  /** What the collector printed on its standard error. */
  public String collectorMessages() {
    return collectorMessages;
  }

  private void startDaemon() throws IOException, InterruptedException {
    if (zfsFuseAnswers()) {
      destroyStalePools();
      return;
    }
    // A fresh pid file: zfs-fuse refuses to start when its pid file is left from an earlier run.
    Path pidFile = work.resolve("zfs-fuse.pid");
    Files.deleteIfExists(pidFile);
    // Output to a file, not a pipe: the daemon it leaves behind could hold a pipe open.
    Path log = work.resolve("zfs-fuse.log");
    Process launcher =
        new ProcessBuilder(RequiredTool.require("zfs-fuse").toString(), "--pidfile", pidFile.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    int launched = launcher.waitFor();
    if (launched != 0) {
      fail("zfs-fuse did not start (exit " + launched + "): " + Files.readString(log));
    }
    daemonPidFile = Optional.of(pidFile);
    for (int i = 0; i < 120 && !zfsFuseAnswers(); i++) {
      Thread.sleep(250);
    }
    if (!zfsFuseAnswers()) {
      fail("zfs-fuse started but does not answer: " + run(List.of("zpool", "list")).output());
    }
    destroyStalePools();
  }

  /**
   * Destroys pools an interrupted earlier run left behind: zfs-fuse re-imports them at start
   * and, once their files are gone, shows them FAULTED. Healthy ones may belong to a run going
   * on right now and are left alone.
   */
  private static void destroyStalePools() throws IOException, InterruptedException {
    for (String line : run(List.of("zpool", "list", "-H", "-o", "health,name")).output().split("\n")) {
      String[] fields = line.split("\t", 2);
      boolean ours = fields.length == 2 && (fields[1].startsWith(MIRROR_PREFIX) || fields[1].startsWith(RAIDZ_PREFIX));
      if (ours && !fields[0].equals("ONLINE")) {
        run(List.of("zpool", "destroy", "-f", fields[1]));
      }
    }
  }

  private static boolean zfsFuseAnswers() throws IOException, InterruptedException {
    return run(List.of("zpool", "list", "-H", "-o", "name")).exit() == 0;
  }

  private void createPools() throws IOException, InterruptedException {
    Path vdevs = Files.createDirectories(work.resolve("vdevs"));
    List<String> mirror = List.of(sparse(vdevs, "m0"), sparse(vdevs, "m1"));
    List<String> raidz = List.of(sparse(vdevs, "r0"), sparse(vdevs, "r1"), sparse(vdevs, "r2"));
    // -m none: nothing gets mounted on the host.
    zpool(List.of("create", "-m", "none", mirrorPool, "mirror"), mirror);
    createdPools.add(mirrorPool);
    zpool(List.of("create", "-m", "none", raidzPool, "raidz1"), raidz);
    createdPools.add(raidzPool);
    must("zfs", "create", "-o", "compression=on", "-o", "atime=off", raidzPool + "/data");
    must("zfs", "create", "-o", "recordsize=16K", raidzPool + "/data/subvol-105-disk-0");
    must("zfs", "set", "pvetune:role=ct", raidzPool + "/data");
    must("zfs", "snapshot", raidzPool + "/data/subvol-105-disk-0@before upgrade");
    must("zfs", "create", "-o", "copies=2", mirrorPool + "/backup");
    must("zfs", "snapshot", mirrorPool + "/backup@daily-1");
  }

  private void collect() throws IOException {
    Path sysroot = work.resolve("sysroot");
    CollectorSandbox.copyTree(CollectorSandbox.resource("sysroot"), sysroot);
    CollectorSandbox.shell("rm -rf \"$1\"", sysroot.resolve("etc/pve/nodes").toString());
    Files.writeString(
        sysroot.resolve("etc/pve/storage.cfg"),
        "dir: local\n"
            + "\tpath /var/lib/vz\n"
            + "\tcontent iso,vztmpl,backup\n"
            + "\n"
            + "zfspool: fuse-raidz\n"
            + "\tpool " + raidzPool + "/data\n"
            + "\tcontent rootdir,images\n"
            + "\tsparse 1\n"
            + "\n"
            + "zfspool: fuse-mirror\n"
            + "\tpool " + mirrorPool + "/backup\n"
            + "\tcontent rootdir\n");
    Path ct = Files.createDirectories(sysroot.resolve("etc/pve/nodes/pve1/lxc")).resolve("105.conf");
    Files.writeString(
        ct,
        "arch: amd64\ncores: 2\nhostname: files\nmemory: 2048\nostype: debian\n"
            + "rootfs: fuse-raidz:subvol-105-disk-0,size=8G\nunprivileged: 1\n");
    bundle = work.resolve("zfs-fuse-bundle.tar.gz");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    try {
      new LocalCollector(Map.of("PVETUNE_SYSROOT", sysroot.toString())).collectTo(bundle, messages);
    } finally {
      collectorMessages = messages.toString(StandardCharsets.UTF_8);
    }
  }

  /** Destroys the pools and stops the daemon if this fixture started it. */
  @Override
  public void close() throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    for (int i = createdPools.size() - 1; i >= 0; i--) {
      String pool = createdPools.get(i);
      Result destroy = run(List.of("zpool", "destroy", "-f", pool));
      if (destroy.exit() != 0) {
        problems.add("zpool destroy " + pool + ": " + destroy.output());
      }
    }
    createdPools.clear();
    if (daemonPidFile.isPresent()) {
      stopDaemon(daemonPidFile.get(), problems);
      daemonPidFile = Optional.empty();
    }
    if (!problems.isEmpty()) {
      fail("cleaning up zfs-fuse: " + String.join("; ", problems));
    }
  }

  private static void stopDaemon(Path pidFile, List<String> problems) throws IOException, InterruptedException {
    if (!Files.exists(pidFile)) {
      problems.add("zfs-fuse left no pid file " + pidFile);
      return;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    Optional<ProcessHandle> daemon = ProcessHandle.of(pid);
    if (daemon.isEmpty()) {
      return;
    }
    daemon.get().destroy();
    // zfs-fuse gives its worker threads up to 10 s before it exits.
    for (int i = 0; i < 120 && daemon.get().isAlive(); i++) {
      Thread.sleep(250);
    }
    if (daemon.get().isAlive()) {
      daemon.get().destroyForcibly();
      problems.add("zfs-fuse (pid " + pid + ") did not stop on SIGTERM");
    }
    Files.deleteIfExists(pidFile);
  }

  private static String sparse(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(VDEV_BYTES);
    }
    return file.toAbsolutePath().toString();
  }

  private static void zpool(List<String> args, List<String> devices) throws IOException, InterruptedException {
    must(Stream.concat(Stream.concat(Stream.of("zpool"), args.stream()), devices.stream()).toArray(String[]::new));
  }

  private static void must(String... command) throws IOException, InterruptedException {
    Result result = run(List.of(command));
    if (result.exit() != 0) {
      fail(String.join(" ", command) + " failed (exit " + result.exit() + "): " + result.output());
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    List<String> resolved = new ArrayList<>(command);
    resolved.set(0, RequiredTool.find(command.get(0)).map(Path::toString).orElse(command.get(0)));
    Process process =
        new ProcessBuilder(resolved)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
