#!/usr/bin/env bash
# Renders the PNG icons embedded in the program from their SVG sources (needs rsvg-convert,
# Debian package librsvg2-bin). PNGs are used because Qt's SVG plugin is not always installed.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w $size -h $size communitydesk.svg -o png/communitydesk-$size.png
done
# Navigation glyphs are black masters; the program tints them (grey, accent red).
for svg in nav/*.svg; do
  name=$(basename "$svg" .svg)
  rsvg-convert -w 20 -h 20 "$svg" -o png/nav-$name-20.png
  rsvg-convert -w 40 -h 40 "$svg" -o png/nav-$name-40.png
done
