#!/bin/sh
# pvetune-collect.sh: read what pvetune needs from one Proxmox VE node and write it as a
# bundle (tar.gz, format in docs/bundle-format.md). Runs as root under any POSIX sh, only
# reads, and never copies secrets. Every command runs under timeout(1); a missing or
# failing command is recorded and collection goes on.

COLLECTOR_VERSION=0.1.0
FILE_CAP=8388608

LC_ALL=C
export LC_ALL
umask 077
set -u

# zpool, zfs, zdb and dmidecode live in sbin; a non-login shell may not have it on PATH.
# Appended, never prepended: what the caller put first still wins.
for sbin_dir in /usr/local/sbin /usr/sbin /sbin; do
  case ":$PATH:" in
    *":$sbin_dir:"*) ;;
    *) PATH=$PATH:$sbin_dir ;;
  esac
done
export PATH

usage() {
  cat <<'EOF'
Usage: pvetune-collect.sh [-o FILE] [--sysroot DIR]
       pvetune-collect.sh --version | -h

Collects a read-only snapshot of this Proxmox VE node's storage setup (cluster config,
guest configs, ZFS pools and datasets, memory and ARC) into a pvetune bundle, a tar.gz
written to standard output or to FILE. Run it as root; it changes nothing.

  -o FILE          write the bundle to FILE instead of standard output
  --sysroot DIR    read files below DIR instead of / (commands are not affected);
                   also PVETUNE_SYSROOT
  --version        print the collector version
  -h, --help       show this help

Environment: PVETUNE_CMD_TIMEOUT overrides every command timeout (seconds; the
defaults are 30, and 120 for zdb).
EOF
}

warn() {
  printf 'pvetune-collect: %s\n' "$1" >&2
}

usage_error() {
  warn "$1"
  printf "Try 'pvetune-collect.sh -h'.\n" >&2
  exit 2
}

out=
sysroot=${PVETUNE_SYSROOT:-/}
while [ $# -gt 0 ]; do
  case $1 in
    -o | --output)
      [ $# -ge 2 ] || usage_error "option $1 needs a file name"
      out=$2
      shift 2
      ;;
    --output=*) out=${1#--output=}; shift ;;
    -o?*) out=${1#-o}; shift ;;
    --sysroot)
      [ $# -ge 2 ] || usage_error "option --sysroot needs a directory"
      sysroot=$2
      shift 2
      ;;
    --sysroot=*) sysroot=${1#--sysroot=}; shift ;;
    --version) printf 'pvetune-collect %s\n' "$COLLECTOR_VERSION"; exit 0 ;;
    -h | --help) usage; exit 0 ;;
    --) shift; break ;;
    -*) usage_error "unknown option: $1" ;;
    *) usage_error "unexpected argument: $1" ;;
  esac
done
[ $# -eq 0 ] || usage_error "unexpected argument: $1"
[ "$out" != "" ] || out=-

cmd_timeout=30
zdb_timeout=120
if [ "${PVETUNE_CMD_TIMEOUT:-}" != "" ]; then
  case $PVETUNE_CMD_TIMEOUT in
    *[!0-9.]* | *.*.* | . | .*) usage_error "PVETUNE_CMD_TIMEOUT must be a number of seconds, not '$PVETUNE_CMD_TIMEOUT'" ;;
  esac
  cmd_timeout=$PVETUNE_CMD_TIMEOUT
  zdb_timeout=$PVETUNE_CMD_TIMEOUT
fi

[ -d "$sysroot" ] || usage_error "sysroot is not a directory: $sysroot"
sysroot=$(cd -P -- "$sysroot" && pwd -P) || usage_error "cannot enter sysroot: $sysroot"
# R prefixes every file read; empty for the real root.
if [ "$sysroot" = / ]; then R=; else R=$sysroot; fi

for tool in timeout head tar gzip awk date mktemp readlink find sort; do
  command -v "$tool" >/dev/null 2>&1 || { warn "required tool not found: $tool"; exit 1; }
done

if [ "$out" = - ] && [ -t 1 ]; then
  usage_error "refusing to write a tar.gz to a terminal: use -o FILE or redirect standard output"
fi

if [ "$(id -u 2>/dev/null)" != 0 ]; then
  warn "not running as root: some commands and files will be missing from the bundle"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pvetune-collect.XXXXXX") || { warn "cannot create a temporary directory"; exit 1; }
out_started=no
# shellcheck disable=SC2317 # runs from the EXIT trap
cleanup() {
  rm -rf "$work"
  if [ "$out_started" = yes ]; then rm -f "$out"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

if [ "$out" != - ]; then
  out_started=yes
  # In a subshell: a failed redirection on ':' would end this shell before we can say why.
  (: >"$out") 2>/dev/null || { warn "cannot write $out: is its directory there and writable?"; exit 1; }
fi

# --- JSON -------------------------------------------------------------------------------

# Escapes one string as JSON. Control characters become \uXXXX (or \n, \t, ...); bytes that
# are not valid UTF-8 become \u00XX, so the manifest is always valid UTF-8 JSON.
JSON_AWK='
BEGIN {
  for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
  s = ENVIRON["PVETUNE_JSON_STRING"]
  n = length(s)
  r = "\""
  i = 1
  while (i <= n) {
    c = substr(s, i, 1)
    o = ord[c]
    if (c == "\"") { r = r "\\\""; i++; continue }
    if (c == "\\") { r = r "\\\\"; i++; continue }
    if (o == 10) { r = r "\\n"; i++; continue }
    if (o == 9) { r = r "\\t"; i++; continue }
    if (o == 13) { r = r "\\r"; i++; continue }
    if (o < 32 || o == 127) { r = r sprintf("\\u%04x", o); i++; continue }
    if (o < 128) { r = r c; i++; continue }
    len = 0
    if (o >= 194 && o <= 223) len = 2
    else if (o >= 224 && o <= 239) len = 3
    else if (o >= 240 && o <= 244) len = 4
    ok = len > 0 && i + len - 1 <= n
    for (k = 1; ok && k < len; k++) {
      t = ord[substr(s, i + k, 1)]
      if (t < 128 || t > 191) ok = 0
    }
    if (ok) {
      t = ord[substr(s, i + 1, 1)]
      if (o == 224 && t < 160) ok = 0
      if (o == 237 && t > 159) ok = 0
      if (o == 240 && t < 144) ok = 0
      if (o == 244 && t > 143) ok = 0
    }
    if (ok) { r = r substr(s, i, len); i += len }
    else { r = r sprintf("\\u%04x", o); i++ }
  }
  printf "%s\"", r
}'

# Sets JSON to the quoted, escaped form of $1 (no fork for plain strings).
json_str() {
  case $1 in
    *[!A-Za-z0-9/._+:@,=%-]*) JSON=$(PVETUNE_JSON_STRING=$1 awk "$JSON_AWK" </dev/null) ;;
    *) JSON="\"$1\"" ;;
  esac
}

# Sets JSON to a JSON array of the arguments.
json_argv() {
  json_argv_acc=
  for json_argv_arg in "$@"; do
    json_str "$json_argv_arg"
    json_argv_acc="$json_argv_acc${json_argv_acc:+, }$JSON"
  done
  JSON="[$json_argv_acc]"
}

# Appends the escaped string $2 as one line to the list file $1.
list_add() {
  json_str "$2"
  printf '%s\n' "$JSON" >>"$work/$1"
}

# Prints the list file $1 as the body of a JSON array.
list_body() {
  if [ -s "$work/$1" ]; then
    awk 'NR > 1 { printf ", " } { printf "%s", $0 }' "$work/$1"
  fi
}

now_ns() {
  NOW=$(date +%s%N 2>/dev/null)
  case $NOW in
    '' | *[!0-9]*) NOW=$(date +%s)000000000 ;;
  esac
}

# --- layout -----------------------------------------------------------------------------

node=
if [ "$R" != "" ] && [ -r "$R/etc/hostname" ]; then
  IFS= read -r node <"$R/etc/hostname" || true
fi
if [ "$node" = "" ]; then
  node=$(hostname 2>/dev/null) || node=
fi
if [ "$node" = "" ] && [ -r /etc/hostname ]; then
  IFS= read -r node </etc/hostname || true
fi
node=${node%%.*}
node=$(printf '%s' "$node" | tr -d ' \t\r\n')
[ "$node" != "" ] || node=unknown

collected_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
stamp=$(printf '%s' "$collected_at" | tr -d ':-')
safe_node=$(printf '%s' "$node" | tr -c 'A-Za-z0-9._-' '_')
top=pvetune-$safe_node-$stamp
bundle=$work/$top
mkdir -p "$bundle/cmd" "$bundle/files" || { warn "cannot write to $work"; exit 1; }
: >"$work/commands"
: >"$work/files"
: >"$work/missing"
: >"$work/truncated"

# --- commands ---------------------------------------------------------------------------
#
#   cmd_begin ID [TIMEOUT]
#   cmd_try ARGV... || cmd_try FALLBACK... || ...
#   cmd_end
#
# cmd_try returns 0 when the chain should stop: the attempt exited 0, or timed out (a hung
# tool hangs with any flags). The attempt that stopped the chain, or the last one, is kept.

commands_run=0
commands_failed=0

cmd_begin() {
  cmd_id=$1
  cmd_limit=${2:-$cmd_timeout}
  cmd_attempts=
  cmd_argv=
  cmd_exit=
  cmd_seconds=
}

cmd_try() {
  json_argv "$@"
  cmd_argv=$JSON
  now_ns
  cmd_t0=$NOW
  timeout -k 5 "$cmd_limit" "$@" </dev/null >"$work/attempt.out" 2>"$work/attempt.err"
  cmd_exit=$?
  now_ns
  cmd_ns=$((NOW - cmd_t0))
  [ "$cmd_ns" -ge 0 ] || cmd_ns=0
  cmd_seconds=$(printf '%d.%03d' $((cmd_ns / 1000000000)) $((cmd_ns / 1000000 % 1000)))
  cmd_attempts="$cmd_attempts${cmd_attempts:+, }{\"argv\": $cmd_argv, \"exit\": $cmd_exit}"
  case $cmd_exit in
    0 | 124 | 137) return 0 ;;
    *) return 1 ;;
  esac
}

cmd_end() {
  mv -f "$work/attempt.out" "$bundle/cmd/$cmd_id.out"
  mv -f "$work/attempt.err" "$bundle/cmd/$cmd_id.err"
  json_str "$cmd_id"
  cmd_id_json=$JSON
  json_str "cmd/$cmd_id.out"
  cmd_out_json=$JSON
  json_str "cmd/$cmd_id.err"
  cmd_err_json=$JSON
  printf '{"id": %s, "argv": %s, "exit": %s, "seconds": %s, "stdout": %s, "stderr": %s, "attempts": [%s]}\n' \
    "$cmd_id_json" "$cmd_argv" "$cmd_exit" "$cmd_seconds" "$cmd_out_json" "$cmd_err_json" "$cmd_attempts" \
    >>"$work/commands"
  commands_run=$((commands_run + 1))
  [ "$cmd_exit" -eq 0 ] || commands_failed=$((commands_failed + 1))
}

# Prints one line per link below $1 (the sysroot prefix $2 removed): link TAB resolved path.
# shellcheck disable=SC2016 # expanded by the inner sh, not here
ZVOL_LINKS='[ -d "$1" ] || exit 0
find "$1" -type l | sort | while IFS= read -r link; do
  target=$(readlink -f -- "$link") || target=
  printf "%s\t%s\n" "${link#"$2"}" "${target#"$2"}"
done'

cmd_begin pveversion
cmd_try pveversion -v
cmd_end

cmd_begin zfs-version
cmd_try zfs version || cmd_try cat /sys/module/zfs/version
cmd_end

cmd_begin uname
cmd_try uname -r
cmd_end

cmd_begin zpool-status-json
cmd_try zpool status -jp --json-int
cmd_end

cmd_begin zpool-status
cmd_try zpool status -Pp || cmd_try zpool status -P || cmd_try zpool status
cmd_end

cmd_begin zpool-list
cmd_try zpool list -HpvP -o name,size,allocated,free,checkpoint,expandsize,fragmentation,capacity,dedupratio,health,altroot ||
  cmd_try zpool list -Hp -o name,size,allocated,free,fragmentation,capacity,dedupratio,health,altroot ||
  cmd_try zpool list -H -o name,size,allocated,free,capacity,health,altroot
cmd_end

# Pool names for the per-pool commands; one per line (pool names cannot hold a newline).
timeout -k 5 "$cmd_timeout" zpool list -H -o name </dev/null >"$work/pools" 2>/dev/null || : >"$work/pools"

# Old zpool (zfs-fuse, early ZFS on Linux) has no -H for get and wants the pools named.
zpool_get_named() {
  set -- zpool get all
  while IFS= read -r pool_name; do
    set -- "$@" "$pool_name"
  done <"$work/pools"
  [ $# -gt 3 ] || return 1
  cmd_try "$@"
}

cmd_begin zpool-get
cmd_try zpool get -Hp all || cmd_try zpool get -H all || zpool_get_named
cmd_end

cmd_begin zfs-get
cmd_try zfs get -Hp -t filesystem,volume -o name,property,value,source all ||
  cmd_try zfs get -Hp -o name,property,value,source all ||
  cmd_try zfs get -H -o name,property,value,source all
cmd_end

cmd_begin zfs-snapshots
cmd_try zfs list -Hp -t snapshot -o name,used,referenced,creation ||
  cmd_try zfs list -H -t snapshot -o name,used,referenced,creation
cmd_end

pool_index=0
while IFS= read -r pool_name; do
  [ "$pool_name" != "" ] || continue
  cmd_begin "zdb-config-$pool_index" "$zdb_timeout"
  cmd_try zdb -C "$pool_name"
  cmd_end
  pool_index=$((pool_index + 1))
done <"$work/pools"

cmd_begin lsblk
cmd_try lsblk -J -b -O ||
  cmd_try lsblk -J -b -o NAME,KNAME,PATH,TYPE,SIZE,ROTA,MODEL,SERIAL,TRAN,WWN,PKNAME
cmd_end

cmd_begin zvol-links
cmd_try sh -c "$ZVOL_LINKS" zvol-links "$R/dev/zvol" "$R"
cmd_end

cmd_begin swapon
cmd_try swapon --show=NAME,TYPE,SIZE,USED,PRIO --bytes --noheadings --raw
cmd_end

cmd_begin timers
cmd_try systemctl list-timers --all --no-pager --no-legend
cmd_end

cmd_begin dmidecode-memory
cmd_try dmidecode -t memory
cmd_end

cmd_begin pvesr-status
cmd_try pvesr status
cmd_end

cmd_begin ha-status
cmd_try ha-manager status
cmd_end

# --- files ------------------------------------------------------------------------------

files_copied=0
files_missing=0
files_over_cap=0

is_secret() {
  case $1 in
    /etc/pve/priv | /etc/pve/priv/*) return 0 ;;
    */user.cfg | */token.cfg | */shadow.cfg) return 0 ;;
    *.pem | *.key | *.keyring | *.pw | *.enc) return 0 ;;
  esac
  return 1
}

# Whether a whitelisted path $1 may be read although it resolves to $2 (both below R).
# /proc and /sys are full of links that stay inside them (/proc/mounts, /sys/block/*);
# Debian's /etc/os-release points into /usr/lib. Anything else must not be a link at all.
may_resolve_to() {
  [ "$1" != "$2" ] || return 0
  case $1 in
    /proc/*) case $2 in /proc/*) return 0 ;; esac ;;
    /sys/*) case $2 in /sys/*) return 0 ;; esac ;;
    /etc/os-release) [ "$2" != /usr/lib/os-release ] || return 0 ;;
  esac
  return 1
}

mark_missing() {
  list_add missing "$1"
  files_missing=$((files_missing + 1))
}

# Copies the whitelisted file $1 (an absolute path on the node) into files/.
copy_file() {
  copy_path=$1
  copy_src=$R$copy_path
  copy_dst=$bundle/files$copy_path
  is_secret "$copy_path" && return 0
  [ ! -e "$copy_dst" ] || return 0
  if [ ! -e "$copy_src" ]; then
    if [ -L "$copy_src" ]; then
      warn "dangling link, not copied: $copy_path"
    fi
    mark_missing "$copy_path"
    return 0
  fi
  copy_real=$(readlink -f -- "$copy_src") || copy_real=
  if [ "$R" != "" ]; then
    case $copy_real in
      "$R"/*) copy_real=${copy_real#"$R"} ;;
      *) copy_real= ;;
    esac
  fi
  if [ "$copy_real" = "" ] || ! may_resolve_to "$copy_path" "$copy_real" || is_secret "$copy_real"; then
    warn "leads outside the whitelist, not copied: $copy_path"
    return 0
  fi
  if [ ! -f "$copy_src" ]; then
    warn "not a regular file, not copied: $copy_path"
    return 0
  fi
  copy_dir=${copy_dst%/*}
  [ -d "$copy_dir" ] || mkdir -p "$copy_dir" || { warn "cannot create $copy_dir"; exit 1; }
  if ! timeout -k 5 "$cmd_timeout" head -c $((FILE_CAP + 1)) -- "$copy_src" </dev/null >"$copy_dst" 2>"$work/read.err"; then
    rm -f "$copy_dst"
    warn "cannot read $copy_path: $(head -n 1 "$work/read.err")"
    mark_missing "$copy_path"
    return 0
  fi
  copy_size=$(wc -c <"$copy_dst")
  if [ "$copy_size" -gt "$FILE_CAP" ]; then
    rm -f "$copy_dst"
    list_add truncated "$copy_path"
    files_over_cap=$((files_over_cap + 1))
    return 0
  fi
  list_add files "$copy_path"
  files_copied=$((files_copied + 1))
}

# copy_matching PATTERN EXPANSION...: copies what a whitelisted glob matched; a glob that
# matched nothing is itself listed as missing.
copy_matching() {
  copy_pattern=$1
  shift
  if [ $# -eq 1 ] && [ ! -e "$1" ] && [ ! -L "$1" ]; then
    mark_missing "$copy_pattern"
    return 0
  fi
  for copy_match in "$@"; do
    copy_file "${copy_match#"$R"}"
  done
}

for f in /etc/pve/storage.cfg /etc/pve/datacenter.cfg /etc/pve/replication.cfg \
  /etc/pve/jobs.cfg /etc/pve/vzdump.cron /etc/pve/ha/resources.cfg /etc/pve/.members; do
  copy_file "$f"
done
copy_matching '/etc/pve/nodes/*/qemu-server/*.conf' "$R"/etc/pve/nodes/*/qemu-server/*.conf
copy_matching '/etc/pve/nodes/*/lxc/*.conf' "$R"/etc/pve/nodes/*/lxc/*.conf
copy_matching '/etc/modprobe.d/*.conf' "$R"/etc/modprobe.d/*.conf
copy_file /etc/zfs/zed.d/zed.rc
copy_file /etc/cron.d/zfsutils-linux
copy_file /etc/crontab
copy_matching '/etc/cron.d/*' "$R"/etc/cron.d/*
copy_file /var/spool/cron/crontabs/root
copy_file /usr/lib/zfs-linux/trim
copy_file /usr/lib/zfs-linux/scrub
for f in /proc/meminfo /proc/swaps /proc/mounts /proc/sys/vm/swappiness \
  /proc/spl/kstat/zfs/arcstats /sys/module/zfs/version; do
  copy_file "$f"
done
copy_matching '/sys/module/zfs/parameters/*' "$R"/sys/module/zfs/parameters/*
copy_matching '/sys/block/*/queue/rotational' "$R"/sys/block/*/queue/rotational
copy_matching '/sys/block/zd*/stat' "$R"/sys/block/zd*/stat
copy_file /var/lib/pve-manager/pve-replication-state.json
copy_file /etc/hostname
copy_file /etc/os-release

# --- manifest and archive ---------------------------------------------------------------

json_str "$node"
node_json=$JSON
json_str "$sysroot"
sysroot_json=$JSON
{
  printf '{\n'
  printf '  "format": "pvetune-bundle",\n'
  printf '  "version": 1,\n'
  printf '  "collector": "%s",\n' "$COLLECTOR_VERSION"
  printf '  "node": %s,\n' "$node_json"
  printf '  "collectedAt": "%s",\n' "$collected_at"
  printf '  "sysroot": %s,\n' "$sysroot_json"
  printf '  "commands": [\n'
  awk 'NR > 1 { printf ",\n" } { printf "    %s", $0 } END { if (NR) printf "\n" }' "$work/commands"
  printf '  ],\n'
  printf '  "files": [%s],\n' "$(list_body files)"
  printf '  "missing": [%s],\n' "$(list_body missing)"
  printf '  "truncated": [%s]\n' "$(list_body truncated)"
  printf '}\n'
} >"$bundle/manifest.json" || { warn "cannot write the manifest"; exit 1; }

if ! { (cd "$work" && tar -cf - "$top") || : >"$work/tar.failed"; } | gzip -c >"$work/bundle.tar.gz" ||
  [ -e "$work/tar.failed" ]; then
  warn "cannot create the archive"
  exit 1
fi
if [ "$out" = - ]; then
  cat "$work/bundle.tar.gz" || { warn "cannot write the bundle to standard output"; exit 1; }
  where="standard output"
else
  cat "$work/bundle.tar.gz" >"$out" || { warn "cannot write $out"; exit 1; }
  where=$out
fi
out_started=no

warn "$commands_run commands ($commands_failed failed), $files_copied files ($files_missing missing, $files_over_cap over the size cap) written to $where"
exit 0
