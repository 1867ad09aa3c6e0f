#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what the tests need (Debian chromium for the
# dashboard tests, npm packages), builds, runs the .NET test projects and the Node end-to-end tests, and ends with
# one line "N passed, N failed" over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need_apt[@]}" >/dev/null || echo "apt-get could not install ${need_apt[*]}"
fi

echo "== build"
if ! dotnet build Correlator.sln -c Release -v quiet -nologo 2>&1 | tail -n 3; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

passed=0; failed=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | grep -E "^(Passed|Failed)!|error|Failed [A-Za-z]" | head -n 40
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    echo "$name produced no results"; failed=$((failed + 1))
  fi
done

if [ -f tests/e2e/package.json ]; then
  echo "== e2e (Node: @microsoft/signalr client, Playwright with Debian chromium)"
  (cd tests/e2e && (npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error) >/dev/null)
  out="$results/e2e.txt"
  (cd tests/e2e && CORRELATOR_SERVER_DLL="$root/src/Correlator.Server/bin/Release/net10.0/Correlator.Server.dll" \
     node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$out" ) \
     | grep -vE "^\s*$" | tail -n 60
  p=$(grep -E "^# pass [0-9]+" "$out" | tail -1 | grep -o '[0-9]*$'); f=$(grep -E "^# fail [0-9]+" "$out" | tail -1 | grep -o '[0-9]*$')
  if [ -z "$p" ]; then echo "e2e produced no results"; failed=$((failed + 1)); fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
