#!/usr/bin/env bash
# Builds the Swedish and English spelling engine: Hunspell compiled to WebAssembly into resources/spell/hunspell/
# (hunspell.mjs + hunspell.wasm + SHA256SUMS). The dictionaries come from the npm packages dictionary-sv and
# dictionary-en-gb. The output is committed; CI checks the checksums and loads the files but never rebuilds them.
#
#   apt-get install -y emscripten curl
#   bash scripts/build-hunspell.sh
#
# Inputs, all pinned: Hunspell's Debian source (the .orig.tar.gz of bookworm's 1.7.1-1, checked against the
# SHA-256 in its signed .dsc; Debian's only patch touches a command-line tool) and Debian's emscripten.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/spell/debian-emscripten.sh
. scripts/spell/debian-emscripten.sh

HUNSPELL_URL=$DEBIAN_POOL/h/hunspell/hunspell_1.7.1.orig.tar.gz
HUNSPELL_SHA256=b2d9c5369c2cc7f321cb5983fda2dbf007dce3d9e17519746840a6f0c4bf7444
OUT=resources/spell/hunspell

require_package emscripten "$EMSCRIPTEN_VERSION"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch_orig "$HUNSPELL_URL" "$HUNSPELL_SHA256" "$work"
cd "$work/hunspell-1.7.1"
emconfigure ./configure --build=x86_64-pc-linux-gnu --host=i686-pc-linux-gnu \
  --disable-shared --enable-static --disable-nls --without-ui --without-readline \
  CFLAGS=-O2 CXXFLAGS=-O2 >"$work/configure.log" 2>&1 ||
  { tail -30 "$work/configure.log"; die "configure failed"; }
# Only the library: the command-line tools are not shipped.
emmake make -j"$JOBS" -C src/hunspell >"$work/make.log" 2>&1 || { tail -30 "$work/make.log"; die "make failed"; }

# Hunspell's C API (hunspell.h), as used by src/renderer/src/spell/hunspell.ts.
emcc src/hunspell/.libs/libhunspell-1.7.a -o "$work/hunspell.mjs" "${EMSCRIPTEN_FLAGS[@]}" \
  -sEXPORT_NAME=createHunspell \
  -sEXPORTED_FUNCTIONS=_Hunspell_create,_Hunspell_destroy,_Hunspell_spell,_Hunspell_suggest,_Hunspell_free_list,_Hunspell_add,_malloc,_free

cd - >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT"
cp "$work/hunspell.mjs" "$work/hunspell.wasm" "$OUT/"
write_types_reexport "$OUT/hunspell.d.mts"
# The licences travel with the files (scripts/third-party-notices.mjs collects them): Hunspell's (MPL 1.1 /
# GPL 2+ / LGPL 2.1+, with MySpell's BSD notice) and Emscripten's for its runtime and C/C++ libraries.
for file in COPYING COPYING.LESSER COPYING.MPL license.hunspell license.myspell; do
  cp "$work/hunspell-1.7.1/$file" "$OUT/hunspell.$file"
done
cp /usr/share/doc/emscripten/copyright "$OUT/emscripten.copyright"
write_checksums "$OUT"
echo "wrote $OUT:"
(cd "$OUT" && du -b $(cut -c67- SHA256SUMS))
