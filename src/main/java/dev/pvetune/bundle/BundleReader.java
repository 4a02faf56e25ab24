package dev.pvetune.bundle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Opens a bundle from a directory, a .tar.gz file or the built-in example. */
public final class BundleReader {
  private static final String MANIFEST = "manifest.json";
  private static final String DEMO_ROOT = "/dev/pvetune/demo/";

  private final BundleLimits limits;

  public BundleReader() {
    this(BundleLimits.DEFAULT);
  }

  public BundleReader(BundleLimits limits) {
    this.limits = limits;
  }

  public Bundle open(Path path) {
    String origin = path.toString();
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return fromEntries(origin, readDirectory(path));
    }
    if (!Files.isRegularFile(path)) {
      throw new BundleException(origin + ": no such bundle (expected a directory or a .tar.gz written by pvetune-collect.sh)");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return fromEntries(origin, new TarGzReader(origin, limits).read(in));
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a tar.gz bundle from a stream (the output of a collector run). */
  public Bundle open(String origin, InputStream tarGz) {
    return fromEntries(origin, new TarGzReader(origin, limits).read(tarGz));
  }

  /** The example bundle shipped in the jar; its manifest is the index of its files. */
  public Bundle demo() {
    String origin = "built-in example";
    byte[] manifestBytes = resource(DEMO_ROOT + MANIFEST, origin);
    Manifest manifest = new ManifestReader(origin + ": " + MANIFEST).read(manifestBytes);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(MANIFEST, manifestBytes);
    for (String file : manifest.files()) {
      entries.put("files" + file, resource(DEMO_ROOT + "files" + file, origin));
    }
    for (CommandRecord c : manifest.commands()) {
      entries.put(c.stdoutPath(), resource(DEMO_ROOT + c.stdoutPath(), origin));
      entries.put(c.stderrPath(), resource(DEMO_ROOT + c.stderrPath(), origin));
    }
    return new Bundle(origin, manifest, entries);
  }

  private static byte[] resource(String name, String origin) {
    try (InputStream in = BundleReader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new BundleException(origin + ": missing " + name + " in the pvetune jar; rebuild pvetune");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read " + name + " (" + e.getMessage() + ")", e);
    }
  }

  private Bundle fromEntries(String origin, Map<String, byte[]> raw) {
    Map<String, byte[]> entries = stripTopDirectory(raw);
    byte[] manifestBytes = entries.get(MANIFEST);
    if (manifestBytes == null) {
      throw new BundleException(origin + ": no manifest.json; this is not a bundle written by pvetune-collect.sh");
    }
    Manifest manifest = new ManifestReader(origin + ": " + MANIFEST).read(manifestBytes);
    return new Bundle(origin, manifest, entries);
  }

  /** A collector archive holds everything below one directory; reading uses paths below it. */
  private static Map<String, byte[]> stripTopDirectory(Map<String, byte[]> raw) {
    if (raw.containsKey(MANIFEST)) {
      return raw;
    }
    String top = null;
    for (String name : raw.keySet()) {
      int slash = name.indexOf('/');
      if (slash < 0) {
        return raw;
      }
      String first = name.substring(0, slash);
      if (top == null) {
        top = first;
      } else if (!top.equals(first)) {
        return raw;
      }
    }
    if (top == null) {
      return raw;
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    int cut = top.length() + 1;
    raw.forEach((k, v) -> out.put(k.substring(cut), v));
    return out;
  }

  private Map<String, byte[]> readDirectory(Path root) {
    String origin = root.toString();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long[] total = {0};
    try (Stream<Path> walk = Files.walk(root, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String rel = root.relativize(p).toString();
        if (attrs.isSymbolicLink()) {
          throw new BundleException(origin + ": '" + EntryName.printable(rel) + "' is a symbolic link; bundles may only hold regular files");
        }
        if (attrs.isDirectory()) {
          continue;
        }
        if (!attrs.isRegularFile()) {
          throw new BundleException(origin + ": '" + EntryName.printable(rel) + "' is a special file; bundles may only hold regular files");
        }
        if (attrs.size() > limits.maxEntryBytes()) {
          throw new BundleException(origin + ": '" + EntryName.printable(rel) + "' is larger than " + limits.maxEntryBytes() + " bytes; refusing the bundle");
        }
        total[0] += attrs.size();
        if (total[0] > limits.maxTotalBytes() || entries.size() >= limits.maxEntries()) {
          throw new BundleException(origin + ": the bundle is larger than pvetune reads (" + limits.maxEntries() + " files, " + limits.maxTotalBytes() + " bytes)");
        }
        entries.put(EntryName.check(rel.replace(java.io.File.separatorChar, '/'), origin), Files.readAllBytes(p));
      }
    } catch (NoSuchFileException e) {
      throw new BundleException(origin + ": no such bundle");
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (entries.isEmpty()) {
      throw new BundleException(origin + ": the directory is empty; point --bundle at a directory or .tar.gz written by pvetune-collect.sh");
    }
    return entries;
  }
}
