#!/usr/bin/env python3
"""Generates src/main/resources/io/rset/gotemplate/flux/unidecode.bin, the transliteration table
slugify uses, from the table.txt of rainycape/unidecode (identical to gosimple/unidecode v1.0.1's;
Apache License 2.0, Copyright 2014 Rainy Cape S.L.). On Debian it is installed by
golang-github-rainycape-unidecode-dev.

Format: zlib-compressed; for every code point U+0080..U+FFFF in order, one length byte (0: the
character is dropped) followed by that many ASCII bytes.

Usage: gen_unidecode.py [path/to/table.txt] [output]
"""
import sys
import zlib

DEFAULT_TABLE = "/usr/share/gocode/src/github.com/rainycape/unidecode/table.txt"
DEFAULT_OUT = "src/main/resources/io/rset/gotemplate/flux/unidecode.bin"
ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r"}


def unquote(lit):
    """Go's strconv.Unquote for the simple escapes table.txt uses."""
    assert lit[0] == '"' and lit[-1] == '"', lit
    body, out, i = lit[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif body[i + 1] == "x":
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        else:
            out.append(ESCAPES[body[i + 1]])
            i += 2
    return "".join(out)


def main():
    table = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_TABLE
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    entries = {}
    with open(table, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("/*"):
                continue
            key, lit = line.split(": ", 1)
            entries[int(key, 16)] = unquote(lit)
    buf = bytearray()
    for cp in range(0x80, 0x10000):
        s = entries.get(cp, "").encode("ascii")
        assert len(s) < 256
        buf.append(len(s))
        buf += s
    with open(out, "wb") as f:
        f.write(zlib.compress(bytes(buf), 9))


if __name__ == "__main__":
    main()
