#!/bin/sh -u
# Monthly TRIM of healthy pools, decided per pool.

[ -d /sys/module/zfs ] || exit 0

# auto (default) | enable | disable
PROPERTY_NAME="org.debian:periodic-trim"

read_setting () {
	# kept on the pool's root dataset: pools had no user properties then
	zfs get -H -o value "${PROPERTY_NAME}" "$1" 2>/dev/null
}

start_trim () {
	if ! zpool status "$1" | grep -q "trimming"; then
		zpool trim "$1"
	fi
}

transport_of () {
	node="$1"
	while parent="$(lsblk -dnr -o PKNAME "$node")"; do
		[ -n "$parent" ] || break
		node="/dev/$parent"
	done
	lsblk -dnr -o TRAN "$node"
}

only_nvme () {
	zpool list -vHP "$1" | awk -F'\t' '$2 ~ "^/dev/" {print $2}' | \
	while read -r device; do
		[ "$(transport_of "$device")" = "nvme" ] || return
	done
}

zpool list -H -o health,name 2>&1 | awk -F'\t' '$1 == "ONLINE" {print $2}' | \
while read -r pool; do
	setting=$(read_setting "$pool") || continue
	case "$setting" in
		disable) ;;
		enable) start_trim "$pool" ;;
		-|auto) only_nvme "$pool" && start_trim "$pool" ;;
		*) echo "$0: value '$setting' of ${PROPERTY_NAME} on $pool is not auto, enable or disable" >&2 ;;
	esac
done
