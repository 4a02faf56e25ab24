package dev.pvetune.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Runs the collector script shipped in the jar on this machine ({@code sh pvetune-collect.sh})
 * and hands back the bundle it writes. The script is the only collection logic: this class
 * never runs zpool or zfs itself.
 */
public final class LocalCollector {
  /** Where the collector script lives on the classpath. */
  public static final String SCRIPT_RESOURCE = "/dev/pvetune/collector/pvetune-collect.sh";

  private final Map<String, String> environment;

  /** A collector that runs with this process's environment. */
  public LocalCollector() {
    this(Map.of());
  }

  /**
   * A collector whose script sees these variables on top of this process's environment (for
   * example {@code PVETUNE_SYSROOT}, {@code PVETUNE_CMD_TIMEOUT} or a {@code PATH}).
   */
  public LocalCollector(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The collector script as shipped. */
  public static byte[] script() {
    try (InputStream in = LocalCollector.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) {
        throw new CollectException("the collector script is missing from this build (" + SCRIPT_RESOURCE + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new CollectException("cannot read the collector script from this build: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the bundle (a tar.gz) to {@code bundle}; what the collector says on its standard
   * error goes to {@code messages}.
   */
  public void collect(OutputStream bundle, OutputStream messages) {
    Path script = extractScript();
    try {
      run(script, bundle, messages);
    } finally {
      deleteQuietly(script);
    }
  }

  /**
   * Writes the bundle to {@code file}. The file is replaced only when collection succeeded; a
   * failed run leaves no partial bundle behind.
   */
  public void collectTo(Path file, OutputStream messages) {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new CollectException("cannot write " + file + ": the directory " + directory + " does not exist");
    }
    Path partial;
    try {
      partial = Files.createTempFile(directory, ".pvetune-bundle-", ".partial");
    } catch (IOException e) {
      throw new CollectException("cannot write in " + directory + ": " + describe(e), e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        collect(out, messages);
      } catch (IOException e) {
        throw new CollectException("cannot write " + file + ": " + describe(e), e);
      }
      moveInto(partial, target);
    } finally {
      deleteQuietly(partial);
    }
  }

  /**
   * Collects into a new file in the temporary directory and returns it (for {@code pvetune audit
   * --local}); the caller deletes it when done.
   */
  public Path collectToTempFile(OutputStream messages) {
    Path file;
    try {
      file = Files.createTempFile("pvetune-bundle-", ".tar.gz");
    } catch (IOException e) {
      throw new CollectException("cannot create a temporary file for the bundle: " + describe(e), e);
    }
    boolean done = false;
    try {
      collectTo(file, messages);
      done = true;
      return file;
    } finally {
      if (!done) {
        deleteQuietly(file);
      }
    }
  }

  private void run(Path script, OutputStream bundle, OutputStream messages) {
    ProcessBuilder builder = new ProcessBuilder(List.of("sh", script.toString()));
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new CollectException("cannot run the collector with sh: " + describe(e), e);
    }
    Thread pump = new Thread(new StreamPump(process.getErrorStream(), messages), "pvetune-collector-stderr");
    pump.setDaemon(true);
    pump.start();
    try {
      try (InputStream out = process.getInputStream()) {
        out.transferTo(bundle);
        bundle.flush();
      } catch (IOException e) {
        process.destroy();
        throw new CollectException("cannot pass on the bundle: " + describe(e), e);
      }
      int status = process.waitFor();
      pump.join();
      if (status != 0) {
        throw new CollectException("the collector failed with exit status " + status + "; its own message says why");
      }
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new CollectException("interrupted while collecting", e);
    }
  }

  private static Path extractScript() {
    byte[] text = script();
    try {
      Path file = Files.createTempFile("pvetune-collect-", ".sh");
      Files.write(file, text);
      return file;
    } catch (IOException e) {
      throw new CollectException("cannot unpack the collector script: " + describe(e), e);
    }
  }

  private static void moveInto(Path partial, Path target) {
    try {
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CollectException("cannot write " + target + ": " + describe(e), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A left-over temporary file is harmless; the bundle itself is already written or reported.
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /**
   * Copies the collector's standard error to a sink on its own thread. If the sink fails, the
   * rest is drained and dropped so the collector never blocks on a full pipe.
   */
  private static final class StreamPump implements Runnable {
    private final InputStream from;
    private final OutputStream to;

    StreamPump(InputStream from, OutputStream to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public void run() {
      boolean passing = true;
      try (InputStream in = from) {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (passing) {
            passing = pass(buffer, n);
          }
        }
      } catch (IOException e) {
        // The collector closed its end; its exit status tells what happened.
      }
    }

    private boolean pass(byte[] buffer, int length) {
      try {
        to.write(buffer, 0, length);
        to.flush();
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }
}
