package dev.pvetune.parse.pve;

import java.util.Optional;

/**
 * One body line of a SectionConfig section ({@code <TAB>key value}). A key written alone (e.g.
 * {@code sparse}) has no value; the typed layer reads that as 1 for booleans.
 */
public record SectionEntry(String key, Optional<String> value, int line) {}
