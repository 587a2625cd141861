#!/usr/bin/env bash
# Builds the solution and runs every test project (Release). Usage: ./test.sh [--results-directory DIR]
# Each project writes its own TRX (<project>.trx) so .ci/run can count results without name clashes.
set -uo pipefail
cd "$(dirname "$0")"
results="TestResults"
if [ "${1:-}" = "--results-directory" ] && [ -n "${2:-}" ]; then results="$2"; fi
mkdir -p "$results"

dotnet build Integration.sln -c Release || exit 1

rc=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --results-directory "$results" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" || rc=1
done
exit $rc
