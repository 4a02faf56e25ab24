package dev.pvetune.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleNamesTest {
  private static final List<RuleInfo> RULES = RuleRegistry.all().stream().map(Rule::info).toList();

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(RuleNames.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(RuleNames.editDistance("", "abc")).isEqualTo(3);
    assertThat(RuleNames.editDistance("same", "same")).isZero();
  }

  @Test
  void aTypoInASlugFindsTheRule() {
    assertThat(RuleNames.closest("cache-over-ark", RULES)).map(RuleInfo::id).contains("DISK-001");
    assertThat(RuleNames.closest("swap-on-zsf", RULES)).map(RuleInfo::id).contains("MEM-005");
  }

  @Test
  void aShortIdFindsTheRule() {
    assertThat(RuleNames.closest("pool-3", RULES)).map(RuleInfo::id).contains("POOL-003");
    assertThat(RuleNames.closest("Disk14", RULES)).map(RuleInfo::id).contains("DISK-014");
  }

  @Test
  void aWordOfTheSlugFindsTheRule() {
    assertThat(RuleNames.closest("qcow2", RULES)).map(RuleInfo::id).contains("DISK-014");
    assertThat(RuleNames.closest("unsafe", RULES)).map(RuleInfo::id).contains("DISK-003");
  }

  @Test
  void noRulesNoSuggestion() {
    assertThat(RuleNames.closest("anything", List.of())).isEmpty();
  }
}
