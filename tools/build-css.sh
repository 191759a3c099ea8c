#!/usr/bin/env bash
# Compiles src/main/scss/portal.scss against govuk-frontend (same version as the webjar in pom.xml)
# into src/main/resources/public/css/portal.css. Needs Node.js and npm; the output is committed,
# so building or running the portal needs neither.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:.*<govuk-frontend.version>\(.*\)</govuk-frontend.version>.*:\1:p' "$root/pom.xml")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent "govuk-frontend@$version" sass@1)
mkdir -p "$root/src/main/resources/public/css"
cp "$root/src/main/scss/portal.scss" "$work/portal.scss"
(cd "$work" && npx sass --quiet --no-source-map --style=compressed --load-path=. portal.scss "$root/src/main/resources/public/css/portal.css")
echo "wrote src/main/resources/public/css/portal.css (govuk-frontend $version)"
