#!/usr/bin/python3
"""Convert a CFF-outline font (OTF, or one face of a TTC) to TrueType outlines.

Why: Chromium embeds CFF fonts in PDFs as Type 3 fonts (bitmaps-like, poor text extraction);
TrueType outlines embed as CID TrueType. Cubic curves are approximated by quadratics (Cu2QuPen).

Usage: otf_to_ttf.py SRC DEST [--face N] [--family NAME] [--subset-like FONT]
  --face N          face index inside a .ttc
  --family NAME     rename the family (name IDs 1, 4, 16) so fontconfig/@font-face see one name
  --subset-like F   keep only the code points that font F maps (e.g. Noto → Fandol's GB coverage)
"""
import argparse

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units; invisible at 16 pt, keeps files small


def subset_to(font: TTFont, like_path: str) -> None:
    like = TTFont(like_path, lazy=True)
    unicodes = set(like.getBestCmap().keys())
    options = Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def to_truetype(font: TTFont) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and CID names mean nothing to users
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str) -> None:
    name = font["name"]
    style = name.getDebugName(2) or "Regular"
    for record in list(name.names):
        if record.nameID in (1, 4, 6, 16, 17):
            name.removeNames(nameID=record.nameID)
    name.setName(family, 1, 3, 1, 0x409)
    name.setName(style, 2, 3, 1, 0x409)
    name.setName(f"{family} {style}", 4, 3, 1, 0x409)
    name.setName(f"{family.replace(' ', '')}-{style}", 6, 3, 1, 0x409)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dest")
    parser.add_argument("--face", type=int, default=0)
    parser.add_argument("--family")
    parser.add_argument("--subset-like")
    args = parser.parse_args()
    font = TTFont(args.src, fontNumber=args.face)
    if args.subset_like:
        subset_to(font, args.subset_like)
    to_truetype(font)
    if args.family:
        rename(font, args.family)
    font.save(args.dest)


if __name__ == "__main__":
    main()
