package dev.pvetune.parse.pve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from src/test/resources/dev/pvetune/parse/pve/. */
final class Fixtures {
  private Fixtures() {}

  static String read(String relative) {
    try (InputStream in = Fixtures.class.getResourceAsStream(relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
