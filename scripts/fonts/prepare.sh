#!/bin/sh
# Rebuild resources/fonts from Debian packages (run as root on Debian 12; needs python3-fonttools
# and fonts-noto-cjk). Output is committed, so the app and CI never need this at run time.
#   Fandol (GPL-3 + font exception): texlive-lang-chinese, only the fandol/ OTF folder is used.
#   Noto Serif CJK SC Bold (OFL-1.1): fonts-noto-cjk, subset to Fandol's coverage (GB 2312 and more).
# Each OTF is converted to TrueType outlines (otf_to_ttf.py): Chromium embeds CFF as Type 3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../../resources/fonts" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download texlive-lang-chinese
dpkg-deb -x texlive-lang-chinese_*.deb x
fandol=x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
py=/usr/bin/python3
for face in FandolFang-Regular FandolSong-Regular FandolHei-Regular FandolKai-Regular; do
  "$py" "$here/otf_to_ttf.py" "$fandol/$face.otf" "$out/$face.ttf"
done
"$py" "$here/otf_to_ttf.py" /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc \
  "$out/NotoSerifSCGB-Bold.ttf" --face 2 --family "Noto Serif SC GB" \
  --subset-like "$fandol/FandolSong-Regular.otf"
mkdir -p "$out/licenses"
cp x/usr/share/doc/texlive-doc/fonts/fandol/README "$out/licenses/Fandol-README.txt"
zcat x/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz > "$out/licenses/Fandol-GPL-3.txt"
# The OFL text as Debian ships it (the copyright file's SIL-1.1 paragraph, indentation removed).
awk '/^License: SIL-1.1$/{n++} n==2 && /^License: GPL/{exit} n==2' /usr/share/doc/fonts-noto-cjk/copyright \
  | sed '1d; s/^ //; s/^\.$//' > "$out/licenses/NotoSerifCJK-OFL-1.1.txt"
ls -la "$out"
