package dev.pvetune.cli;

import dev.pvetune.bundle.BundleReader;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.build.InventoryBuilder;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Audits on a second thread while picocli builds its command model, which takes a cold JVM about
 * as long as the audit itself. The work starts only when the arguments name the source exactly
 * (an `audit` with `--bundle PATH`, or the built-in example off a Proxmox host): it reads the
 * bundle and builds the inventory, and without `--settings` it also runs the rules. The command
 * uses a result only if the source it resolves is the same. Any failure is dropped here and
 * surfaces on the normal path, with the normal message.
 */
final class InventoryPrefetch {
  /** What an audit reads: a bundle path, or the built-in example. */
  record Source(Optional<Path> bundle) {
    static final Source DEMO = new Source(Optional.empty());
  }

  private final Source source;
  private final CompletableFuture<Inventory> inventory;
  private final CompletableFuture<AuditResult> result;

  private InventoryPrefetch(Source source, CompletableFuture<Inventory> inventory, CompletableFuture<AuditResult> result) {
    this.source = source;
    this.inventory = inventory;
    this.result = result;
  }

  static final InventoryPrefetch NONE = new InventoryPrefetch(null, null, null);

  /** Starts building the inventory the arguments ask for, when they say it unambiguously. */
  static InventoryPrefetch start(String[] args, Path pveRoot) {
    Optional<Source> source = sourceOf(args, pveRoot);
    if (source.isEmpty()) {
      return NONE;
    }
    boolean withRules = !Arrays.asList(args).contains("--settings") && Arrays.stream(args).noneMatch(a -> a.startsWith("--settings="));
    CompletableFuture<Inventory> inventory = new CompletableFuture<>();
    CompletableFuture<AuditResult> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        BundleReader reader = new BundleReader();
        Inventory built = InventoryBuilder.build(source.get().bundle().map(reader::open).orElseGet(reader::demo));
        inventory.complete(built);
        if (withRules) {
          result.complete(Audit.run(built, Settings.NONE, LocalDate.now()));
        } else {
          result.cancel(false);
        }
      } catch (RuntimeException e) {
        inventory.completeExceptionally(e);
        result.completeExceptionally(e);
      }
    }, "pvetune-prefetch");
    thread.setDaemon(true);
    thread.start();
    return new InventoryPrefetch(source.get(), inventory, result);
  }

  /** The prefetched audit result (no settings file) if it was made for this source without error. */
  Optional<AuditResult> takeResult(Source wanted) {
    return join(result, wanted);
  }

  /** The prefetched inventory if it was built for this source and without error. */
  Optional<Inventory> take(Source wanted) {
    return join(inventory, wanted);
  }

  private <T> Optional<T> join(CompletableFuture<T> work, Source wanted) {
    if (work == null || !Objects.equals(source, wanted)) {
      return Optional.empty();
    }
    try {
      return Optional.of(work.join());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<Source> sourceOf(String[] args, Path pveRoot) {
    int command = -1;
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-")) {
        command = i;
        break;
      }
    }
    if (command < 0 || !args[command].equals("audit")) {
      return Optional.empty();
    }
    Optional<Path> bundle = Optional.empty();
    for (int i = command + 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--local") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return Optional.empty();
      }
      if (a.equals("--bundle") && i + 1 < args.length) {
        bundle = Optional.of(Path.of(args[++i]));
      } else if (a.startsWith("--bundle=")) {
        bundle = Optional.of(Path.of(a.substring("--bundle=".length())));
      }
    }
    if (bundle.isEmpty() && Files.isDirectory(pveRoot)) {
      return Optional.empty();
    }
    return Optional.of(new Source(bundle));
  }
}
