package dev.pvetune.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes small tar.gz archives by hand, so tests can build ones no well-behaved tar would. */
final class TarBuilder {
  private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

  TarBuilder file(String name, String content) {
    return entry(name, '0', content.getBytes(StandardCharsets.UTF_8), "");
  }

  TarBuilder symlink(String name, String target) {
    return entry(name, '2', new byte[0], target);
  }

  private TarBuilder entry(String name, char type, byte[] data, String link) {
    byte[] h = new byte[512];
    put(h, 0, name, 100);
    put(h, 100, "0000644", 8);
    put(h, 108, "0000000", 8);
    put(h, 116, "0000000", 8);
    put(h, 124, String.format("%011o", data.length), 12);
    put(h, 136, "00000000000", 12);
    h[156] = (byte) type;
    put(h, 157, link, 100);
    put(h, 257, "ustar", 6);
    put(h, 263, "00", 2);
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum), 7);
    tar.writeBytes(h);
    tar.writeBytes(data);
    tar.writeBytes(new byte[(512 - data.length % 512) % 512]);
    return this;
  }

  private static void put(byte[] h, int at, String s, int max) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, at, Math.min(b.length, max));
  }

  byte[] gzip() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(tar.toByteArray());
      out.write(new byte[1024]);
    }
    return gz.toByteArray();
  }
}
