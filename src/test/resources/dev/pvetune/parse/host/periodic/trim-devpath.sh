#!/bin/sh -eu
PROPERTY_NAME="org.example:periodic-trim"
current () { zpool get -H -o value "${PROPERTY_NAME}" "$1" 2>/dev/null || return 1; }
trim_now () { zpool status "$1" | grep -q "trimming" || zpool trim "$1" || true; }
nvme_pool () {
	zpool list -vHPL "$1" | awk -F'\t' '$2 ~ /^\/dev\// { if ($2 !~ /^\/dev\/nvme/) exit 1 }'
}
zpool list -H -o name | while read pool; do
	v=$(current "${pool}")
	if [ $? -ne 0 ] || [ "disable" = "${v}" ]; then :
	elif [ "enable" = "${v}" ]; then trim_now "${pool}"
	elif [ "-" = "${v}" ] || [ "auto" = "${v}" ]; then nvme_pool "${pool}" && trim_now "${pool}"
	fi
done
