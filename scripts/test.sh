#!/usr/bin/env bash
# The whole test suite, as the README gives it and as CI runs it: set up, then every test project.
# Results go to out/test-results/*.trx.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
rm -rf out/test-results
dotnet test Analysis.sln --no-build --nologo --logger "trx" --logger "console;verbosity=normal" --results-directory out/test-results "$@"
