package dev.pvetune.rules.pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which SSD models protect flushed writes on power loss, from the sourced list in
 * {@code dev/pvetune/rules/ssd-without-plp.tsv}. A model not in the list is unknown.
 */
final class PowerLossProtection {
  static final String RESOURCE = "/dev/pvetune/rules/ssd-without-plp.tsv";

  /** One line of the list. */
  record Entry(Pattern model, boolean protectedOnPowerLoss, String product, String source, int line) {}

  private static final List<Entry> ENTRIES = load();

  private PowerLossProtection() {}

  static Optional<Entry> lookup(String lsblkModel) {
    String model = normalize(lsblkModel);
    return ENTRIES.stream().filter(e -> e.model().matcher(model).matches()).findFirst();
  }

  static List<Entry> entries() {
    return ENTRIES;
  }

  /** lsblk prints spaces, /dev/disk/by-id names underscores; runs of either become one space. */
  static String normalize(String model) {
    return model.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  static List<Entry> parse(String text, String file) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || !(f[1].equals("yes") || f[1].equals("no")) || f[2].isBlank() || !f[3].startsWith("https://")) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": expected pattern<TAB>yes|no<TAB>product<TAB>https source");
      }
      out.add(new Entry(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE), f[1].equals("yes"), f[2], f[3], i + 1));
    }
    return List.copyOf(out);
  }

  private static List<Entry> load() {
    try (InputStream in = PowerLossProtection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
