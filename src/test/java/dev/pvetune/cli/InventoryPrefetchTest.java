package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Finding;
import dev.pvetune.settings.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryPrefetchTest {
  @TempDir Path temp;

  @Test
  void startsOnlyWhenTheArgumentsNameTheSource() {
    Path noPve = temp.resolve("no-etc-pve");
    Path pve = temp;
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit"}, noPve)).contains(InventoryPrefetch.Source.DEMO);
    assertThat(InventoryPrefetch.sourceOf(new String[] {"--debug", "audit", "--format", "json"}, noPve)).contains(InventoryPrefetch.Source.DEMO);
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit", "--bundle", "b.tar.gz"}, pve))
        .contains(new InventoryPrefetch.Source(Optional.of(Path.of("b.tar.gz"))));
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit", "--bundle=b"}, pve)).contains(new InventoryPrefetch.Source(Optional.of(Path.of("b"))));
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit"}, pve)).as("a Proxmox node collects first").isEmpty();
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit", "--local"}, noPve)).isEmpty();
    assertThat(InventoryPrefetch.sourceOf(new String[] {"audit", "--help"}, noPve)).isEmpty();
    assertThat(InventoryPrefetch.sourceOf(new String[] {"fix"}, noPve)).isEmpty();
    assertThat(InventoryPrefetch.sourceOf(new String[] {"plan", "pool"}, noPve)).isEmpty();
    assertThat(InventoryPrefetch.sourceOf(new String[] {}, noPve)).isEmpty();
  }

  @Test
  void aPrefetchedAuditIsTheSameAuditAndIsOnlyHandedToTheSameSource() {
    Path noPve = temp.resolve("no-etc-pve");
    InventoryPrefetch prefetch = InventoryPrefetch.start(new String[] {"audit"}, noPve);
    AuditResult prefetched = prefetch.takeResult(InventoryPrefetch.Source.DEMO).orElseThrow();
    AuditResult direct = Audit.run(new dev.pvetune.bundle.BundleReader().demo(), Settings.NONE, LocalDate.now());
    assertThat(keys(prefetched.findings())).isEqualTo(keys(direct.findings()));
    assertThat(prefetch.take(new InventoryPrefetch.Source(Optional.of(Path.of("other"))))).isEmpty();
    assertThat(InventoryPrefetch.NONE.takeResult(InventoryPrefetch.Source.DEMO)).isEmpty();
  }

  @Test
  void aBadBundleIsLeftToTheNormalPathAndItsMessage() {
    Path missing = temp.resolve("missing.tar.gz");
    InventoryPrefetch prefetch = InventoryPrefetch.start(new String[] {"audit", "--bundle", missing.toString()}, temp);
    assertThat(prefetch.take(new InventoryPrefetch.Source(Optional.of(missing)))).isEmpty();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id() + " " + f.resource() + " " + f.severity() + " " + f.message()).toList();
  }
}
