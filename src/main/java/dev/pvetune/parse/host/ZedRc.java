package dev.pvetune.parse.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /etc/zfs/zed.d/zed.rc}.
 *
 * @param variables active assignments, the last one of a name winning
 * @param commentedOut assignments in comments ({@code #ZED_EMAIL_ADDR="root"}): the shipped
 *     defaults the admin did not enable
 */
public record ZedRc(Map<String, ZedVariable> variables, Map<String, ZedVariable> commentedOut) {

  public ZedRc {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    commentedOut = Collections.unmodifiableMap(new LinkedHashMap<>(commentedOut));
  }

  public Optional<ZedVariable> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** The value of an active assignment; an empty string counts as not set. */
  public Optional<String> value(String name) {
    return variable(name).map(ZedVariable::value).filter(v -> !v.isBlank());
  }
}
