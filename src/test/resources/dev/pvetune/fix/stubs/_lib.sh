# Shared by the stub commands of the fix-plan tests. Each stub appends its argv to
# $PVETUNE_STUB_LOG as <argc> NUL <name> NUL <arg> NUL ..., and keeps its state in
# $PVETUNE_STUB_STATE so that the plan's guards and the undo script can be checked.
set -euo pipefail
S=${PVETUNE_STUB_STATE:?}
stub_log() {
  printf '%s\0' "$#" "$(basename "$0")" "$@" >>"${PVETUNE_STUB_LOG:?}"
}
hex() {
  printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n'
}
# conf_set FILE KEY VALUE: replaces the line "KEY: ..." or appends one.
conf_set() {
  local line out="" done=0
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == "$2: "* ]]; then
      line="$2: $3"
      done=1
    fi
    out+="$line"$'\n'
  done <"$1"
  if ((!done)); then
    out+="$2: $3"$'\n'
  fi
  printf '%s' "$out" >"$1"
}
conf_delete() {
  local line out=""
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line != "$2: "* ]]; then
      out+="$line"$'\n'
    fi
  done <"$1"
  printf '%s' "$out" >"$1"
}
guest_tool() {
  local dir=$1
  shift
  case ${1:-} in
    config)
      local f="$S/$dir/$2.conf"
      if [[ ! -f $f ]]; then
        printf "Configuration file '%s.conf' does not exist\n" "$2" >&2
        exit 2
      fi
      cat "$f"
      ;;
    set)
      local f="$S/$dir/$2.conf" keys k
      shift 2
      [[ -f $f ]] || exit 2
      while (($#)); do
        case $1 in
          --delete)
            IFS=, read -ra keys <<<"$2"
            for k in "${keys[@]}"; do
              conf_delete "$f" "$k"
            done
            ;;
          --*) conf_set "$f" "${1#--}" "$2" ;;
          *) exit 255 ;;
        esac
        shift 2
      done
      ;;
    *) exit 255 ;;
  esac
}
