package dev.pvetune.parse.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crontab file.
 *
 * @param environment {@code NAME=value} lines ({@code PATH}, {@code MAILTO}), last one winning
 * @param entries job lines in order
 */
public record CronTab(Map<String, String> environment, List<CronEntry> entries) {

  public CronTab {
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    entries = List.copyOf(entries);
  }

  /** Jobs whose command mentions the text ({@code /usr/lib/zfs-linux/trim}). */
  public List<CronEntry> entriesRunning(String text) {
    return entries.stream().filter(e -> e.command().contains(text)).toList();
  }
}
