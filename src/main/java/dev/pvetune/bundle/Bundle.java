package dev.pvetune.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A node's collected files and command outputs, read fully into memory and validated. */
public final class Bundle {
  private final String origin;
  private final Manifest manifest;
  private final Map<String, byte[]> entries;

  Bundle(String origin, Manifest manifest, Map<String, byte[]> entries) {
    this.origin = origin;
    this.manifest = manifest;
    this.entries = Map.copyOf(entries);
  }

  /** Where the bundle came from, for messages: a path or "built-in example". */
  public String origin() {
    return origin;
  }

  public Manifest manifest() {
    return manifest;
  }

  public String node() {
    return manifest.node();
  }

  /** A collected file by its absolute path on the node, e.g. "/etc/pve/storage.cfg". */
  public Optional<BundleText> file(String absolutePath) {
    String entry = "files" + absolutePath;
    byte[] data = entries.get(entry);
    return data == null ? Optional.empty() : Optional.of(new BundleText(entry, decode(data)));
  }

  /** Collected files whose absolute path starts with the prefix, in manifest order. */
  public List<String> filesUnder(String absolutePrefix) {
    List<String> out = new ArrayList<>();
    for (String f : manifest.files()) {
      if (f.startsWith(absolutePrefix) && entries.containsKey("files" + f)) {
        out.add(f);
      }
    }
    return out;
  }

  public boolean wasMissing(String absolutePath) {
    return manifest.missing().contains(absolutePath);
  }

  /** The output of a command by id, when the manifest records it. */
  public Optional<CommandOutput> command(String id) {
    return manifest.command(id).map(rec -> new CommandOutput(rec,
        decode(entries.getOrDefault(rec.stdoutPath(), new byte[0])),
        decode(entries.getOrDefault(rec.stderrPath(), new byte[0]))));
  }

  /** Command ids that start with a prefix ("zdb-config-"), in manifest order. */
  public List<String> commandIds(String prefix) {
    return manifest.commands().stream().map(CommandRecord::id).filter(id -> id.startsWith(prefix)).toList();
  }

  private static String decode(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      return new String(data, StandardCharsets.ISO_8859_1);
    }
  }
}
