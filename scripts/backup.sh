#!/usr/bin/env bash
# Dumps a Layerwise database to one file (pg_dump's custom format: compressed, restorable
# table by table). Usage:
#   scripts/backup.sh [DATABASE_URL] [FILE]    # defaults: $DATABASE_URL, backups/layerwise-<UTC time>.dump
# pg_dump comes from $PG_BIN, else PATH; its major version must be at least the server's
# (in compose.yaml run it inside the postgres container: docs/DEPLOY.md). Prints the file name.
set -euo pipefail

url="${1:-${DATABASE_URL:-}}"
if [ -z "$url" ]; then
  echo "backup.sh: no database: pass a URL or set DATABASE_URL" >&2
  exit 2
fi
file="${2:-backups/layerwise-$(date -u +%Y%m%dT%H%M%SZ).dump}"
pg_dump="${PG_BIN:+$PG_BIN/}pg_dump"

mkdir -p "$(dirname "$file")"
# Written beside the target and renamed at the end, so a cut-off dump never looks complete.
"$pg_dump" --format=custom --no-owner --no-privileges --file="$file.partial" --dbname="$url"
mv "$file.partial" "$file"
echo "$file"
