#!/usr/bin/env bash
# Runs every test of the solution (restores and builds first). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Integration.sln -c Release --logger "trx" --logger "console;verbosity=minimal" "$@"
