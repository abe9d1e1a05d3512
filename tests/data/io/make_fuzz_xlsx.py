"""Writes damaged variants of the hand-made workbook: the reader must refuse or read
each one without crashing.

Usage: make_fuzz_xlsx.py OUTDIR COUNT [SEED]
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_raw_xlsx as raw  # noqa: E402

NOISE = [b"<", b">", b"&", b'"', b"'", b"/", b" ", b"\x00", b"\xff", b"\xe4\xb8", b"&#0;", b"&bogus;",
         b"<!--", b"]]>", b"<![CDATA[", b"99999999999", b"</row>", b"<c>", b"<x:v>", b"\r\n"]


def mutate(data, rng):
    kind = rng.randrange(5)
    pos = rng.randrange(len(data))
    if kind == 0:
        return data[:pos]
    if kind == 1:
        return data[:pos] + data[pos + 1:]
    if kind == 2:
        return data[:pos] + rng.choice(NOISE) + data[pos:]
    if kind == 3:
        end = min(len(data), pos + rng.randrange(1, 200))
        return data[:end] + data[pos:]
    return data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1:]


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20240305)
    sheet = raw.EDGE_SHEET.encode("utf-8")
    shared = raw.SHARED.encode("utf-8")
    for i in range(count):
        s, t = sheet, shared
        for _ in range(rng.randrange(1, 4)):
            if rng.random() < 0.75:
                s = mutate(s, rng)
            else:
                t = mutate(t, rng)
        raw.package(os.path.join(out, f"fuzz_{i:03d}.xlsx"), [s, raw.SIMPLE_SHEET], shared=t)


main()
