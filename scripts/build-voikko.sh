#!/usr/bin/env bash
# Builds the Finnish spelling engine: libvoikko compiled to WebAssembly, with the voikko-fi morphology, into
# resources/spell/fi/ (voikko.mjs + voikko.wasm + the dictionary in 5/mor-standard/ + SHA256SUMS).
# The output is committed; CI checks the checksums and loads the files but never rebuilds them.
#
#   apt-get install -y emscripten voikko-fi curl
#   bash scripts/build-voikko.sh
#
# Inputs, all pinned: libvoikko's Debian source (the .orig.tar.gz of bookworm's 4.3.1-1, checked against the
# SHA-256 in its signed .dsc), the installed voikko-fi package and Debian's emscripten. Running it again on
# the same versions writes the same bytes (git status stays clean).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/spell/debian-emscripten.sh
. scripts/spell/debian-emscripten.sh

LIBVOIKKO_URL=$DEBIAN_POOL/libv/libvoikko/libvoikko_4.3.1.orig.tar.gz
LIBVOIKKO_SHA256=368240d4cfa472c2e2c43dc04b63e6464a3e6d282045848f420d0f7a6eb09a13
VOIKKO_FI_VERSION=2.5-1
MORPHOLOGY=/usr/lib/voikko/5/mor-standard
OUT=resources/spell/fi

require_package emscripten "$EMSCRIPTEN_VERSION"
require_package voikko-fi "$VOIKKO_FI_VERSION"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch_orig "$LIBVOIKKO_URL" "$LIBVOIKKO_SHA256" "$work"
cd "$work/libvoikko-4.3.1"
# wasm32 is a 32-bit target, hence the i686 host; VFST dictionaries need no HFST; only the library is built.
emconfigure ./configure --build=x86_64-pc-linux-gnu --host=i686-pc-linux-gnu \
  --with-dictionary-path=/ --disable-hfst --disable-buildtools --disable-testtools --disable-assert \
  --disable-shared --enable-static CFLAGS=-O2 CXXFLAGS=-O2 >"$work/configure.log" 2>&1 ||
  { tail -30 "$work/configure.log"; die "configure failed"; }
emmake make -j"$JOBS" >"$work/make.log" 2>&1 || { tail -30 "$work/make.log"; die "make failed"; }

# The C API the engine uses (src/renderer/src/spell/voikko.ts): init with a dictionary path in the in-memory
# file system, spell, suggest, options.
emcc src/.libs/libvoikko.a -o "$work/voikko.mjs" "${EMSCRIPTEN_FLAGS[@]}" -sEXPORT_NAME=createVoikko \
  -sEXPORTED_FUNCTIONS=_voikkoInit,_voikkoTerminate,_voikkoSetBooleanOption,_voikkoSpellCstr,_voikkoSuggestCstr,_voikkoFreeCstrArray,_malloc,_free

cd - >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT/5/mor-standard"
cp "$work/voikko.mjs" "$work/voikko.wasm" "$OUT/"
cp "$MORPHOLOGY/index.txt" "$MORPHOLOGY/mor.vfst" "$MORPHOLOGY/autocorr.vfst" "$OUT/5/mor-standard/"
write_types_reexport "$OUT/voikko.d.mts"
# The licences travel with the files (scripts/third-party-notices.mjs collects them): libvoikko's, voikko-fi's,
# and Emscripten's for its runtime and the C/C++ libraries compiled into the .wasm.
cp "$work/libvoikko-4.3.1/COPYING" "$OUT/libvoikko.COPYING"
cp "$work/libvoikko-4.3.1/LICENSE.CORE" "$OUT/libvoikko.LICENSE.CORE"
cp /usr/share/doc/voikko-fi/copyright "$OUT/voikko-fi.copyright"
cp /usr/share/doc/emscripten/copyright "$OUT/emscripten.copyright"
write_checksums "$OUT"
echo "wrote $OUT:"
(cd "$OUT" && du -b $(cut -c67- SHA256SUMS))
