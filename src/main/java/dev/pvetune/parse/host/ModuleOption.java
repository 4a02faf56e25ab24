package dev.pvetune.parse.host;

import java.util.Optional;

/**
 * One parameter of an {@code options <module> ...} line in {@code /etc/modprobe.d}.
 *
 * @param module module name with {@code -} normalised to {@code _}, as modprobe does
 * @param parameter parameter name
 * @param value the value after {@code =} with quotes removed; empty for a bare flag
 * @param file bundle file the line is in
 * @param line first physical line of the (possibly continued) options line
 */
public record ModuleOption(
    String module, String parameter, Optional<String> value, String file, int line) {}
