#!/usr/bin/env bash
# Makes the app icon in every size the installers want from build/icon.svg, and writes the results beside it:
#   build/icon.png (1024 px, Linux and the window), build/icons/<n>x<n>.png (Linux desktop sizes),
#   build/icon.ico (Windows: 16–256 px), build/icon.icns (macOS: 16–1024 px).
# The generated files are committed, so building installers needs none of these tools. To change the icon, edit
# the SVG and run: bash scripts/make-icons.sh
# Tools (Debian): apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)"; exit 1; }
done

svg=build/icon.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"; }

mkdir -p build/icons
rm -f build/icons/*.png
for size in 16 24 32 48 64 128 256 512 1024; do
  render "$size" "$work/$size.png"
  cp "$work/$size.png" "build/icons/${size}x${size}.png"
done
cp "$work/1024.png" build/icon.png
icotool --create --output build/icon.ico "$work"/{16,24,32,48,64,128}.png --raw="$work/256.png"
png2icns build/icon.icns "$work"/{16,32,128,256,512,1024}.png >/dev/null
echo "make-icons: build/icon.png, build/icons/, build/icon.ico, build/icon.icns"
