package dev.pvetune.cli;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.bundle.BundleReader;
import dev.pvetune.bundle.LocalCollector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where an audit reads from: a bundle, this node, or (by default off Proxmox) the built-in example. */
final class SourceOptions {
  @ArgGroup(exclusive = true)
  Choice choice;

  static final class Choice {
    @Option(names = "--bundle", paramLabel = "PATH", description = "Audit a bundle: a directory or a .tar.gz written by pvetune-collect.sh.")
    Path bundle;

    @Option(names = "--local", description = "Collect this node now (runs the collector; needs root) and audit it.")
    boolean local;
  }

  /** The source when it needs no collection now: a bundle path, or the example off Proxmox. */
  java.util.Optional<InventoryPrefetch.Source> prefetchable(Path pveRoot) {
    if (choice != null && choice.bundle != null) {
      return java.util.Optional.of(new InventoryPrefetch.Source(java.util.Optional.of(choice.bundle)));
    }
    if ((choice == null || !choice.local) && !Files.isDirectory(pveRoot)) {
      return java.util.Optional.of(InventoryPrefetch.Source.DEMO);
    }
    return java.util.Optional.empty();
  }

  /** Says on stderr that the built-in example is audited, when the user did not choose a source. */
  void announceExample(PrintWriter err, Path pveRoot) {
    err.println("pvetune: this is not a Proxmox VE node (no " + pveRoot + "): auditing the built-in example cluster. "
        + "Run it on a node, or collect with collector/pvetune-collect.sh and use --bundle.");
    err.flush();
  }

  /** Opens the chosen source; says on stderr which one was chosen when the user did not choose. */
  Bundle open(PrintWriter err, Path pveRoot) {
    BundleReader reader = new BundleReader();
    if (choice != null && choice.bundle != null) {
      return reader.open(choice.bundle);
    }
    if (choice != null && choice.local) {
      return collectHere(reader);
    }
    if (Files.isDirectory(pveRoot)) {
      err.println("pvetune: " + pveRoot + " exists: auditing this node (use --bundle PATH to audit a collected bundle)");
      err.flush();
      return collectHere(reader);
    }
    announceExample(err, pveRoot);
    return reader.demo();
  }

  private static Bundle collectHere(BundleReader reader) {
    Path archive = new LocalCollector().collectToTempFile(System.err);
    try {
      return reader.open(archive);
    } finally {
      try {
        Files.deleteIfExists(archive);
      } catch (java.io.IOException e) {
        System.err.println("pvetune: could not remove " + archive + ": " + e.getMessage());
      }
    }
  }
}
