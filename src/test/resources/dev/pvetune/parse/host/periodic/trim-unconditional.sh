#!/bin/sh -eu
# TRIM every healthy pool that is not trimming already.
zpool list -H -o health,name 2>&1 | awk -F'\t' '$1 ~ /^ONLINE/ {print $2}' | \
while read pool; do
	zpool status "$pool" | grep -q "trimming" || zpool trim "$pool"
done
