#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server binaries exist, so the store tests can start a throwaway
# server (tests/support/postgres.ts). Idempotent: does nothing when initdb is already there.
# The package's own cluster is not used; the tests run initdb on a temporary directory.
set -euo pipefail

have_initdb() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

if have_initdb; then
  echo "postgresql: $(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1) present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "postgresql is missing and installing it needs root: run 'sudo bash scripts/ensure-postgres.sh'," >&2
  echo "or point the tests at a server with DATABASE_URL=postgres://user@host:port/db" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y postgresql

if ! have_initdb; then
  echo "apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb was found" >&2
  exit 1
fi
echo "postgresql: installed $(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)"
