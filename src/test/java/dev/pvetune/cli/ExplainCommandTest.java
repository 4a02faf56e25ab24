package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleDocs;
import dev.pvetune.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  @Test
  void explainsARuleById() {
    Run run = Run.of("explain", "DISK-001");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("# DISK-001 cache-over-arc: ").contains("## How to fix", "## When it is fine to ignore");
  }

  @Test
  void idAndSlugMatchInAnyCase() {
    String byId = Run.of("explain", "DISK-001").out();
    assertThat(Run.of("explain", "disk-001").out()).isEqualTo(byId);
    assertThat(Run.of("explain", "cache-over-arc").out()).isEqualTo(byId);
    assertThat(Run.of("explain", "Cache-Over-ARC").out()).isEqualTo(byId);
  }

  @Test
  void printsThePageOfEveryRegisteredRule() {
    for (Rule rule : RuleRegistry.all()) {
      Run run = Run.of("explain", rule.info().slug());
      assertThat(run.exit()).as(rule.info().id()).isZero();
      assertThat(run.out()).isEqualTo(RuleDocs.page(rule.info()).orElseThrow());
    }
  }

  @Test
  void anUnknownRuleExitsTwoWithOneLineAndAHint() {
    Run run = Run.of("explain", "cache-over-ark");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).containsExactly(
        "pvetune: unknown rule 'cache-over-ark': did you mean DISK-001 (cache-over-arc)? 'pvetune rules' lists them all");
  }

  @Test
  void anUnknownIdSuggestsARegisteredOne() {
    Run run = Run.of("explain", "POOL-999");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    assertThat(run.err()).startsWith("pvetune: unknown rule 'POOL-999': did you mean POOL-");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    assertThat(Run.of("explain").exit()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
  }
}
