#!/usr/bin/env bash
# Build editor.bundle.js (CodeMirror 6 with YAML and lint) from npm packages, and
# gather their licences into LICENSES.txt. Needs node and npm; builds in a temporary
# folder outside the package, so nothing but the two files lands here.
#   src/lessonpress/serve/static/vendor/build.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

packages=(
    codemirror@6.0.2
    @codemirror/lang-yaml@6.1.3
    @codemirror/lint@6.9.8
    @codemirror/autocomplete@6.20.4
    @codemirror/state@6.7.6
    @codemirror/view@6.43.15
    yaml@2.9.1
    esbuild@0.28.2
)

cd "$work"
echo '{"name": "lessonpress-editor-bundle", "private": true}' >package.json
npm install --no-audit --no-fund --save-exact "${packages[@]}"
cp "$here/entry.js" .
npx esbuild entry.js --bundle --minify --format=iife --global-name=LessonpressEditor \
    --legal-comments=none --outfile="$here/editor.bundle.js"

{
    echo "Licences of the npm packages bundled into editor.bundle.js."
    for manifest in $(find node_modules -name package.json -path '*node_modules/*/package.json' \
        -not -path '*/esbuild/*' -not -path '*/@esbuild/*' | sort); do
        folder="$(dirname "$manifest")"
        licence="$(ls "$folder" | grep -i -m1 '^licen[cs]e' || true)"
        [[ -n "$licence" ]] || continue
        name="$(node -p "require('./$manifest').name + ' ' + require('./$manifest').version")"
        printf '\n==== %s (%s)\n\n' "$name" "$(node -p "require('./$manifest').license")"
        cat "$folder/$licence"
    done
} >"$here/LICENSES.txt"
echo "wrote $here/editor.bundle.js and $here/LICENSES.txt"
