PT_APPLY=0
PT_ANY_NODE=0
PT_UNDO_FILE=""
PT_ROOT="${PVETUNE_SYSROOT:-}"
PT_UNDO=()
PT_DONE=0
PT_WOULD=0
PT_SKIPPED=0

pt_usage() {
  cat <<'PVETUNE_USAGE'
Usage: bash SCRIPT [--apply] [--undo FILE] [--any-node]
  (no option)  dry run: read the current values and print what --apply would change
  --apply      make the changes; writes an undo script
  --undo FILE  where --apply writes the undo script (default: ./pvetune-undo-NODE-TIME.sh)
  --any-node   run although this host is not the node the plan was made for
PVETUNE_USAGE
}

# One shell word for $1: single quotes, each ' written as '\''.
pt_q() {
  local s=${1//\'/\'\\\'\'}
  printf "'%s'" "$s"
}

pt_cmdline() {
  local out="" a
  for a in "$@"; do
    out+="${out:+ }$(pt_q "$a")"
  done
  printf '%s' "$out"
}

pt_fail() {
  printf 'pvetune plan: %s\n' "$1" >&2
  exit 3
}

pt_step() {
  printf '\n[%s] %s: %s\n  change: %s\n  disruption: %s\n' "$1" "$2" "$3" "$4" "$5"
}

pt_skip() {
  printf '  skipped: %s\n' "$1"
  PT_SKIPPED=$((PT_SKIPPED + 1))
}

# Counts a step whose guard passed.
pt_go() {
  if ((PT_APPLY)); then
    PT_DONE=$((PT_DONE + 1))
  else
    PT_WOULD=$((PT_WOULD + 1))
  fi
}

pt_run() {
  if ((PT_APPLY)); then
    printf '  running: %s\n' "$(pt_cmdline "$@")"
    "$@"
  else
    printf '  would run: %s\n' "$(pt_cmdline "$@")"
  fi
}

# Records a command of the undo script (written newest first when the plan ends).
pt_undo() {
  if ((PT_APPLY)); then
    PT_UNDO+=("pt_do $(pt_cmdline "$@")")
  fi
}

pt_show() {
  if [[ $1 == 1 ]]; then
    pt_q "$2"
  else
    printf 'unset'
  fi
}

# pt_guest_is KIND VMID KEY PRESENT VALUE: the config line KEY is (PRESENT=1) VALUE, or absent.
pt_guest_is() {
  local tool=qm out line value="" present=0
  if [[ $1 == lxc ]]; then
    tool=pct
  fi
  if ! out=$("$tool" config "$2"); then
    pt_skip "could not read the config of $tool guest $2"
    return 1
  fi
  while IFS= read -r line; do
    if [[ $line == "$3: "* ]]; then
      value=${line#"$3: "}
      present=1
      break
    fi
  done <<<"$out"
  if [[ $present == "$4" && $value == "$5" ]]; then
    return 0
  fi
  pt_skip "$3 of $tool guest $2 is $(pt_show "$present" "$value") now; the audit saw $(pt_show "$4" "$5")"
  return 1
}

# pt_zfs_is DATASET PROPERTY VALUE SOURCE
pt_zfs_is() {
  local out
  if ! out=$(zfs get -Hp -o value,source "$2" "$1"); then
    pt_skip "could not read $2 of $(pt_q "$1")"
    return 1
  fi
  if [[ $out == "$3"$'\t'"$4" ]]; then
    return 0
  fi
  pt_skip "$2 of $(pt_q "$1") is $(pt_q "${out%%$'\t'*}") ($(pt_q "${out#*$'\t'}")) now; the audit saw $(pt_q "$3") ($(pt_q "$4"))"
  return 1
}

# pt_zpool_is POOL PROPERTY VALUE
pt_zpool_is() {
  local out
  if ! out=$(zpool get -Hp -o value "$2" "$1"); then
    pt_skip "could not read $2 of pool $(pt_q "$1")"
    return 1
  fi
  if [[ $out == "$3" ]]; then
    return 0
  fi
  pt_skip "$2 of pool $(pt_q "$1") is $(pt_q "$out") now; the audit saw $(pt_q "$3")"
  return 1
}

# pt_storage_is STORAGE OPTION PRESENT VALUE: reads /etc/pve/storage.cfg (pvesm has no get).
pt_storage_is() {
  local file="$PT_ROOT/etc/pve/storage.cfg" line inside=0 found=0 present=0 value=""
  if [[ ! -r $file ]]; then
    pt_skip "cannot read $file"
    return 1
  fi
  while IFS= read -r line || [[ -n $line ]]; do
    if ((inside)); then
      if [[ -z $line ]]; then
        break
      fi
      if [[ $line =~ ^[[:space:]]*# ]]; then
        continue
      fi
      if [[ $line =~ ^[[:space:]]+([^[:space:]]+)([[:space:]]+(.*[^[:space:]]))?[[:space:]]*$ ]]; then
        if [[ ${BASH_REMATCH[1]} == "$2" ]]; then
          present=1
          value=${BASH_REMATCH[3]:-1}
        fi
        continue
      fi
      break
    elif [[ $line =~ ^([^[:space:]]+):[[:space:]]*([^[:space:]]+)[[:space:]]*$ && ${BASH_REMATCH[2]} == "$1" ]]; then
      inside=1
      found=1
    fi
  done <"$file"
  if ((!found)); then
    pt_skip "storage $(pt_q "$1") is not in $file"
    return 1
  fi
  if [[ $present == "$3" && $value == "$4" ]]; then
    return 0
  fi
  pt_skip "option $2 of storage $(pt_q "$1") is $(pt_show "$present" "$value") now; the audit saw $(pt_show "$3" "$4")"
  return 1
}

pt_param_file() {
  printf '%s/sys/module/zfs/parameters/%s' "$PT_ROOT" "$1"
}

# pt_param_is NAME VALUE: the runtime module parameter; sets PT_VALUE to what it read.
pt_param_is() {
  if ! PT_VALUE=$(cat "$(pt_param_file "$1")"); then
    pt_skip "could not read $(pt_param_file "$1")"
    return 1
  fi
  if [[ $PT_VALUE == "$2" ]]; then
    return 0
  fi
  pt_skip "$1 is $PT_VALUE now; the audit saw $2"
  return 1
}

pt_write_param() {
  if ((PT_APPLY)); then
    printf '  writing: %s > %s\n' "$2" "$(pt_param_file "$1")"
    printf '%s\n' "$2" >"$(pt_param_file "$1")"
  else
    printf '  would write: %s > %s\n' "$2" "$(pt_param_file "$1")"
  fi
}

# pt_modprobe_set NAME VALUE: sets NAME=VALUE on the 'options zfs' line of /etc/modprobe.d that
# has it (every other option and line kept), or on the first 'options zfs' line of zfs.conf, or a
# new line there. The undo script gets the file back byte for byte.
pt_modprobe_set() {
  local dir="$PT_ROOT/etc/modprobe.d" f target="" line out="" done=0 content="" re
  re="^[[:space:]]*options[[:space:]]+zfs[[:space:]](.*[[:space:]])?$1="
  for f in "$dir"/*.conf; do
    if [[ -f $f ]] && grep -Eq "$re" "$f"; then
      target=$f
      break
    fi
  done
  target=${target:-$dir/zfs.conf}
  if [[ -f $target ]]; then
    IFS= read -r -d '' content <"$target" || true
  fi
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ ^[[:space:]]*options[[:space:]]+zfs([[:space:]]|$) ]]; then
      if [[ $line =~ ^(.*[[:space:]])$1=[^[:space:]]*(.*)$ ]]; then
        line="${BASH_REMATCH[1]}$1=$2${BASH_REMATCH[2]}"
        done=1
      elif ((!done)) && ! grep -Eq "$re" "$target"; then
        line="$line $1=$2"
        done=1
      fi
    fi
    out+="$line"$'\n'
  done < <(printf '%s' "$content")
  if ((!done)); then
    out+="options zfs $1=$2"$'\n'
  fi
  if ((PT_APPLY)); then
    if [[ -f $target ]]; then
      PT_UNDO+=("pt_restore_file $(pt_q "${target#"$PT_ROOT"}") $(pt_q "$content")")
    else
      PT_UNDO+=("pt_remove_file $(pt_q "${target#"$PT_ROOT"}")")
    fi
    printf '  editing: %s (%s=%s)\n' "$target" "$1" "$2"
    printf '%s' "$out" >"$target"
  else
    printf '  would edit: %s (%s=%s)\n' "$target" "$1" "$2"
  fi
}

# Rebuilds the initramfs (it carries /etc/modprobe.d when the root is on ZFS) and, where this host
# boots through proxmox-boot-tool, copies it to the ESPs.
pt_refresh_boot() {
  pt_run update-initramfs -u -k all
  if command -v proxmox-boot-tool >/dev/null 2>&1 && proxmox-boot-tool status >/dev/null 2>&1; then
    pt_run proxmox-boot-tool refresh
  else
    printf '  (this host does not boot through proxmox-boot-tool: no refresh)\n'
  fi
}

pt_refresh_boot_undo() {
  if ((PT_APPLY)); then
    PT_UNDO+=("pt_refresh_boot")
  fi
}

# pt_timer_off UNIT: the timer is not enabled yet.
pt_timer_off() {
  local state
  state=$(systemctl is-enabled "$1" 2>/dev/null) || true
  if [[ $state == enabled ]]; then
    pt_skip "$1 is enabled already"
    return 1
  fi
  return 0
}

pt_unit_exists() {
  systemctl cat "$1" >/dev/null 2>&1
}

# pt_cron_install FILE LINE: a cron.d job, unless the file exists.
pt_cron_install() {
  if [[ -e $PT_ROOT$1 ]]; then
    pt_skip "$1 exists already"
    return 0
  fi
  pt_go
  if ((PT_APPLY)); then
    printf '  writing: %s\n' "$PT_ROOT$1"
    printf '# written by a pvetune fix plan\n%s\n' "$2" >"$PT_ROOT$1"
    PT_UNDO+=("pt_remove_file $(pt_q "$1")")
  else
    printf '  would write: %s: %s\n' "$PT_ROOT$1" "$2"
  fi
}

pt_write_undo() {
  local i
  {
    printf '#!/bin/bash\n'
    printf '# Undo script of a pvetune fix plan applied on %s at %s.\n' "${PT_NODE//[[:cntrl:]]/?}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf '# It puts back the values the plan found before it changed them, newest change first.\n'
    cat <<'PVETUNE_UNDO'
# Values are single-quoted on purpose (SC2016, SC1003); not every helper is used (SC2317).
# shellcheck disable=SC2016,SC1003,SC2317
set -euo pipefail
PT_ROOT="${PVETUNE_SYSROOT:-}"
pt_q() {
  local s=${1//\'/\'\\\'\'}
  printf "'%s'" "$s"
}
pt_do() {
  local out="" a
  for a in "$@"; do
    out+="${out:+ }$(pt_q "$a")"
  done
  printf 'undo: %s\n' "$out"
  "$@"
}
pt_run() {
  pt_do "$@"
}
pt_param_file() {
  printf '%s/sys/module/zfs/parameters/%s' "$PT_ROOT" "$1"
}
pt_write_param() {
  printf 'undo: %s > %s\n' "$2" "$(pt_param_file "$1")"
  printf '%s\n' "$2" >"$(pt_param_file "$1")"
  if [[ $2 == 0 ]]; then
    printf '  (0 means the OpenZFS default again; the running ARC keeps its current limit until the next boot)\n'
  fi
}
pt_restore_file() {
  printf 'undo: restore %s\n' "$PT_ROOT$1"
  printf '%s' "$2" >"$PT_ROOT$1"
}
pt_remove_file() {
  printf 'undo: remove %s\n' "$PT_ROOT$1"
  rm -f -- "$PT_ROOT$1"
}
pt_refresh_boot() {
  pt_do update-initramfs -u -k all
  if command -v proxmox-boot-tool >/dev/null 2>&1 && proxmox-boot-tool status >/dev/null 2>&1; then
    pt_do proxmox-boot-tool refresh
  fi
}
PVETUNE_UNDO
    printf 'PT_NODE=%s\n' "$(pt_q "$PT_NODE")"
    cat <<'PVETUNE_UNDO'
if [[ ${1:-} != --any-node && $(hostname) != "$PT_NODE" ]]; then
  printf 'pvetune undo: this host is not %s (use --any-node to run it anyway)\n' "$PT_NODE" >&2
  exit 3
fi
PVETUNE_UNDO
    for ((i = ${#PT_UNDO[@]} - 1; i >= 0; i--)); do
      printf '%s\n' "${PT_UNDO[i]}"
    done
  } >"$PT_UNDO_FILE"
  chmod 700 "$PT_UNDO_FILE"
}

pt_finish() {
  local status=$?
  if ((PT_APPLY)) && ((${#PT_UNDO[@]} > 0)); then
    pt_write_undo
    printf '\nundo script: %s\n' "$PT_UNDO_FILE"
  fi
  if ((status != 0)); then
    printf 'pvetune plan: stopped after a failed command (exit %s); the steps before it were applied\n' "$status" >&2
  fi
}

while (($#)); do
  case $1 in
    --apply) PT_APPLY=1 ;;
    --any-node) PT_ANY_NODE=1 ;;
    --undo)
      shift
      PT_UNDO_FILE=${1:-}
      if [[ -z $PT_UNDO_FILE ]]; then
        pt_fail "--undo needs a file name"
      fi
      ;;
    -h | --help)
      pt_usage
      exit 0
      ;;
    *)
      pt_usage >&2
      exit 2
      ;;
  esac
  shift
done

PT_HOST=$(hostname)
if [[ $PT_HOST != "$PT_NODE" ]] && ((!PT_ANY_NODE)); then
  pt_fail "this host is $(pt_q "$PT_HOST"), the plan was made for $(pt_q "$PT_NODE") (use --any-node to run it anyway)"
fi
if ((PT_APPLY)) && [[ $(id -u) != 0 ]]; then
  pt_fail "--apply must run as root"
fi
for pt_tool in "${PT_TOOLS[@]}"; do
  if ! command -v "$pt_tool" >/dev/null 2>&1; then
    pt_fail "$pt_tool is not installed here; is this a Proxmox VE node?"
  fi
done
if ((PT_APPLY)); then
  PT_UNDO_FILE=${PT_UNDO_FILE:-./pvetune-undo-${PT_NODE//[^A-Za-z0-9._-]/_}-$(date +%Y%m%d-%H%M%S).sh}
  trap pt_finish EXIT
  printf 'Applying the plan; the undo script will be %s\n' "$PT_UNDO_FILE"
else
  printf 'Dry run: nothing is changed. Run with --apply to make these changes.\n'
fi
