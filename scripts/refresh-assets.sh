#!/usr/bin/env bash
# Refreshes the vendored front-end assets in src/Samenspel.Web/wwwroot/lib/
# from the npm registry. The app itself needs no npm step: the files this
# script writes are committed. Run it only to upgrade a package: change the
# pinned version AND its integrity below (npm view NAME@VERSION dist.integrity),
# run the script, review the diff, update wwwroot/lib/README.md.
#
# Requires: npm (with node), tar. Network: the npm registry only.
#
# Not vendored on purpose: @utrecht/design-tokens. Its LICENSE.md says
# "Copyright (c) 2021 Gemeente Utrecht. All rights reserved. ... proprietary
# assets to Gemeente Utrecht", so we may not redistribute it in this repo, and
# it is the Utrecht brand anyway. Samenspel defines its own theme values for
# the Utrecht components in wwwroot/css/site.css (.utrecht-theme block).
set -euo pipefail

# name|version|sha512 integrity as published on the registry
PACKAGES=(
  "@utrecht/component-library-css|9.0.4|sha512-gVA7D6GfP9/+fzehkYLSBR+0UPUTA97PZmgvTYQE88lPQhHGMlUk8FjmCpLKRsRC9hAYd32JuF/KzG6fmBfjJA=="
)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$repo_root/src/Samenspel.Web/wwwroot/lib"

command -v npm >/dev/null || { echo "refresh-assets: npm not found" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# fetch NAME VERSION INTEGRITY -> prints the directory holding the unpacked package/
fetch() {
  local name="$1" version="$2" integrity="$3" dir tarball actual
  dir="$tmp/$(echo "$name" | tr '@/' '__')"
  mkdir -p "$dir"
  tarball="$(cd "$dir" && npm pack --silent --ignore-scripts "$name@$version" | tail -n 1)"
  [[ -f "$dir/$tarball" ]] || { echo "refresh-assets: npm pack $name@$version failed" >&2; exit 1; }
  actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$dir/$tarball")"
  if [[ "$actual" != "$integrity" ]]; then
    echo "refresh-assets: integrity mismatch for $name@$version" >&2
    echo "  expected $integrity" >&2
    echo "  got      $actual" >&2
    exit 1
  fi
  tar -xzf "$dir/$tarball" -C "$dir"
  echo "$dir/package"
}

# copy SRC DEST, failing loudly if the package layout changed
put() {
  [[ -f "$1" ]] || { echo "refresh-assets: missing $1 (package layout changed?)" >&2; exit 1; }
  install -D -m 0644 "$1" "$2"
}

# Fetch and verify everything first, so a failure leaves wwwroot/lib untouched.
declare -A unpacked
for entry in "${PACKAGES[@]}"; do
  IFS='|' read -r name version integrity <<<"$entry"
  echo "refresh-assets: fetching $name@$version"
  unpacked[$name]="$(fetch "$name" "$version" "$integrity")"
  grep -q "\"version\": \"$version\"" "${unpacked[$name]}/package.json" \
    || { echo "refresh-assets: $name package.json is not version $version" >&2; exit 1; }
done

for entry in "${PACKAGES[@]}"; do
  IFS='|' read -r name version _ <<<"$entry"
  pkg="${unpacked[$name]}"
  case "$name" in
    @utrecht/component-library-css)
      dest="$lib/utrecht/component-library-css"
      rm -rf "$dest"
      # dist/index.css is the all-in-one stylesheet of every Utrecht component
      # (~400 KB). Ship only the components the pages use (list and reasons:
      # scripts/utrecht-subset.mjs and wwwroot/lib/README.md).
      [[ -f "$pkg/dist/index.css" ]] || { echo "refresh-assets: missing $pkg/dist/index.css (package layout changed?)" >&2; exit 1; }
      mkdir -p "$dest"
      node "$repo_root/scripts/utrecht-subset.mjs" "$pkg/dist/index.css" "$dest/components.css"
      put "$pkg/LICENSE.md" "$dest/LICENSE.md"
      ;;
    *)
      echo "refresh-assets: no copy rule for $name" >&2
      exit 1
      ;;
  esac
done

echo "refresh-assets: done; files are in ${lib#"$repo_root"/}"
