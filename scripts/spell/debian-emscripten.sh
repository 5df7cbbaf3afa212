# Shared by build-voikko.sh and build-hunspell.sh: the pinned toolchain and Debian sources, so both WebAssembly
# builds come from the same, checkable inputs. Sourced, not run.

# The toolchain the committed files were built with. Another version builds different bytes: the checksums in
# resources/spell/*/SHA256SUMS would then no longer match, and CI would say so.
EMSCRIPTEN_VERSION=3.1.6~dfsg-5
DEBIAN_POOL=${DEBIAN_POOL:-http://deb.debian.org/debian/pool/main}

# Emscripten flags shared by both engines:
# - an ES module factory (Vite bundles it into the worker; Node imports it in tests),
# - web and worker only: the Node branch of Emscripten 3.1.6 uses __dirname and installs process-wide
#   uncaughtException handlers; under Node the tests pass the wasm bytes instead (wasmBinary),
# - no eval or new Function (the app's CSP has no 'unsafe-eval'),
# - a growable heap (Swedish Hunspell needs ~60 MB), the in-memory file system for the dictionary files.
EMSCRIPTEN_FLAGS=(
  -O2
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sENVIRONMENT=web,worker
  -sDYNAMIC_EXECUTION=0 -sALLOW_MEMORY_GROWTH=1 -sFORCE_FILESYSTEM=1
  -sEXPORTED_RUNTIME_METHODS=cwrap,FS,UTF8ToString,getValue
)

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# require_package NAME VERSION: the Debian package must be installed at exactly this version.
require_package() {
  local installed
  installed=$(dpkg-query -W -f '${Version}' "$1" 2>/dev/null) ||
    die "$1 is not installed. Run: apt-get install -y emscripten voikko-fi curl"
  [ "$installed" = "$2" ] ||
    die "$1 is $installed here; the committed files were built with $2. Install $2, or rebuild on purpose and commit the new SHA256SUMS."
}

# fetch_orig URL SHA256 DEST: downloads a Debian .orig.tar.gz and checks it against the checksum from the
# package's signed .dsc (written into the calling script), then unpacks it into DEST.
fetch_orig() {
  local url=$1 sum=$2 dest=$3 file
  file="$dest/$(basename "$url")"
  curl -fsSL --retry 3 -o "$file" "$url" || die "could not download $url"
  echo "$sum  $file" | sha256sum -c --quiet - || die "checksum mismatch for $url"
  tar -xzf "$file" -C "$dest"
}

# write_checksums DIR: SHA256SUMS over every other file in DIR, sorted, with paths relative to DIR.
write_checksums() {
  (cd "$1" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
}

# Builds are reproducible only with a fixed locale, time stamp and one emscripten environment.
export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
export NODE_PATH=/usr/share/nodejs # Debian's emscripten finds its JavaScript dependencies there
JOBS=$(nproc 2>/dev/null || echo 2)

# write_types_reexport FILE: the factory's types, a re-export of the one declaration in
# resources/spell/emscripten-module.d.mts (so the two engines' folders do not each carry a copy).
write_types_reexport() {
  cat >"$1" <<'TYPES'
// Types of the Emscripten factory beside this file: one declaration for both engines (written by the build script).
export * from '../emscripten-module.mjs'
export { default } from '../emscripten-module.mjs'
TYPES
}
