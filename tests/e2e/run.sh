#!/usr/bin/env bash
# End-to-end tests: builds the server, installs chromium and the Node packages if missing, runs `node --test`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ -z "${CORRELATOR_SERVER_DLL:-}" ]; then
  dotnet build "$root/src/Correlator.Server/Correlator.Server.csproj" -nologo -v quiet
fi

cd "$here"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# One file at a time: each starts its own server and the machine has two cores.
node --test --test-concurrency=1 "$@"
