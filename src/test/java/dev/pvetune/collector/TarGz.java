package dev.pvetune.collector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the entries of a tar.gz as written by GNU or busybox tar (ustar, GNU long names, pax). */
public final class TarGz {
  private static final int BLOCK = 512;

  private TarGz() {}

  /** One archive entry; {@code type} is the tar type flag ('0' file, '5' directory, ...). */
  public record Entry(byte[] rawName, char type, byte[] data) {
    public String name() {
      return new String(rawName, StandardCharsets.UTF_8);
    }
  }

  public static List<Entry> read(byte[] tgz) {
    byte[] tar;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
      tar = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("not a gzip stream", e);
    }
    List<Entry> entries = new ArrayList<>();
    byte[] longName = null;
    int at = 0;
    while (at + BLOCK <= tar.length) {
      byte[] header = Arrays.copyOfRange(tar, at, at + BLOCK);
      if (isZero(header)) {
        break;
      }
      long size = number(header, 124, 12);
      char type = header[156] == 0 ? '0' : (char) header[156];
      int dataStart = at + BLOCK;
      byte[] data = Arrays.copyOfRange(tar, dataStart, Math.toIntExact(dataStart + size));
      at = dataStart + (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
      if (type == 'L') {
        longName = trimNul(data);
        continue;
      }
      if (type == 'x') {
        byte[] path = paxPath(data);
        if (path != null) {
          longName = path;
        }
        continue;
      }
      if (type == 'g') {
        continue;
      }
      byte[] name = longName != null ? longName : headerName(header);
      longName = null;
      entries.add(new Entry(name, type, data));
    }
    return entries;
  }

  private static byte[] headerName(byte[] header) {
    byte[] name = trimNul(Arrays.copyOfRange(header, 0, 100));
    boolean ustar = new String(header, 257, 6, StandardCharsets.US_ASCII).equals("ustar\0");
    if (ustar && header[345] != 0) {
      byte[] prefix = trimNul(Arrays.copyOfRange(header, 345, 500));
      byte[] joined = new byte[prefix.length + 1 + name.length];
      System.arraycopy(prefix, 0, joined, 0, prefix.length);
      joined[prefix.length] = '/';
      System.arraycopy(name, 0, joined, prefix.length + 1, name.length);
      return joined;
    }
    return name;
  }

  private static byte[] paxPath(byte[] data) {
    int at = 0;
    while (at < data.length) {
      int space = indexOf(data, (byte) ' ', at);
      if (space < 0) {
        return null;
      }
      int length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
      int equals = indexOf(data, (byte) '=', space);
      String key = new String(data, space + 1, equals - space - 1, StandardCharsets.UTF_8);
      if (key.equals("path")) {
        return Arrays.copyOfRange(data, equals + 1, at + length - 1);
      }
      at += length;
    }
    return null;
  }

  private static long number(byte[] header, int offset, int length) {
    if ((header[offset] & 0x80) != 0) {
      long value = 0;
      for (int i = offset + 1; i < offset + length; i++) {
        value = (value << 8) | (header[i] & 0xff);
      }
      return value;
    }
    String text = new String(header, offset, length, StandardCharsets.US_ASCII).replace("\0", "").trim();
    return text.isEmpty() ? 0 : Long.parseLong(text, 8);
  }

  private static byte[] trimNul(byte[] bytes) {
    int end = indexOf(bytes, (byte) 0, 0);
    return end < 0 ? bytes : Arrays.copyOf(bytes, end);
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
