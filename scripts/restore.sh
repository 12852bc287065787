#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into an EMPTY database, all or nothing
# (one transaction; the first error stops it and leaves the database as it was). Usage:
#   scripts/restore.sh FILE [DATABASE_URL]     # default: $DATABASE_URL
# Create the target first (createdb, or CREATE DATABASE), then point the app at it.
# pg_restore and psql come from $PG_BIN, else PATH.
set -euo pipefail

file="${1:-}"
url="${2:-${DATABASE_URL:-}}"
if [ -z "$file" ] || [ ! -f "$file" ]; then
  echo "restore.sh: usage: scripts/restore.sh FILE [DATABASE_URL] (no such file: ${file:-none given})" >&2
  exit 2
fi
if [ -z "$url" ]; then
  echo "restore.sh: no database: pass a URL or set DATABASE_URL" >&2
  exit 2
fi
bin="${PG_BIN:+$PG_BIN/}"

tables=$("${bin}psql" --no-psqlrc --tuples-only --no-align --dbname="$url" \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "restore.sh: the target database already has $tables tables; restore into a new, empty database" >&2
  exit 1
fi
"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$url" "$file"
echo "restored $file"
