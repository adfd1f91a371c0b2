#!/usr/bin/env bash
# Regenerates src/main/resources/static/assets/tokens.css from the Suomi.fi design tokens and refreshes the
# vendored htmx. Needs npm (and the npm registry); the build itself does not.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp generate-tokens.js "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --silent suomifi-design-tokens@7.0.0 htmx.org@2.0.4)
assets=../src/main/resources/static/assets
node "$work/generate-tokens.js" > "$assets/tokens.css"
cp "$work/node_modules/htmx.org/dist/htmx.min.js" "$assets/htmx.min.js"
echo "wrote $assets/tokens.css and $assets/htmx.min.js"
