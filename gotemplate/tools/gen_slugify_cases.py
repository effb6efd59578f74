#!/usr/bin/env python3
"""Generates src/test/resources/io/rset/gotemplate/flux/slugify-cases.json: strings and what Go's
`slugify` (gosimple/slug as Flux configures it) returns for them, from the oracle.

Usage: gen_slugify_cases.py [seed]
"""
import json
import random
import subprocess
import sys

ORACLE = "/work/oracle-bin/gotmpl-oracle"
OUT = "src/test/resources/io/rset/gotemplate/flux/slugify-cases.json"

FIXED = [
    "", " ", "Hello World", "  Hello   World  ", "R&D @ HQ", "a&b@c", "it's \"quoted\"",
    "a \u2019 b", "a \u2012 b \u2013 c \u2014 d \u2015 e", "__-Hello-__", "snake_case", "-_-",
    "Cr\u00e8me br\u00fbl\u00e9e", "Gr\u00f6\u00dfe \u00fcber \u00c4rger", "\u041f\u0440\u0438\u0432\u0435\u0442",
    "\u65e5\u672c\u8a9e \u30c6\u30b9\u30c8", "\ud55c\uad6d\uc5b4", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "\u05e2\u05d1\u05e8\u05d9\u05ea", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "deploy \U0001F680 now",
    "\U0001F600", "a\U00010000b", "\u2028x\u2029", "\u201cquoted\u201d", "\u00bd \u00bc",
    "\u2122 \u00a9 \u00ae", "\u212a\u00c5", "\u0130stanbul", "\u00a0nbsp\u00a0", "\u3000full\u3000",
    "\u1680ogham\u1680", "\u200bzero", "\ufeffbom", "\ufffd", "tab\there", "new\nline",
    "a.b/c:d#e?f=g", "v1.30.0-rc.1", "PR-42 Fix CVE-2024-1234", "UPPER lower MiXeD",
    "x" * 63, "x" * 64, "x" * 62 + "-y", "x" * 63 + "-y", "x" * 64 + "-y", "a-" * 40,
    "a_" * 40, "ab " * 30, "_" * 70, "-a" * 40, "x" * 62 + "\u00e9\u00e9",
    "\u00e6\u00f8\u00e5 \u0153 \u00df \u0142", "\u4e2d\u6587\u6807\u9898\u6d4b\u8bd5\u957f\u5b57\u7b26\u4e32" * 3,
    "\u0f02\u0fc2", "\u2196\u2198", "\uff02\uff3c", "\u3003\u3005", "\u00a8\u02ba",
    "caf\u0065\u0301", "\u1e9e", "\u01c4\u01c5\u01c6", "\u2160\u2161\u2162", "\u2460\u2461",
    "\uff21\uff22\uff23 \uff41\uff42", "\u0e44\u0e17\u0e22", "\u0928\u092e\u0938\u094d\u0924\u0947",
]


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    r = random.Random(seed)
    strings = list(FIXED)
    # Every 64th BMP code point singly (covers all blocks), then random mixes.
    for cp in range(0x80, 0x10000, 61):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        strings.append("a" + chr(cp) + "b")
    for _ in range(300):
        n = r.randint(1, 40)
        s = []
        for _ in range(n):
            k = r.random()
            if k < 0.4:
                s.append(chr(r.randint(0x20, 0x7E)))
            elif k < 0.9:
                cp = r.randint(0x80, 0xFFFF)
                s.append(chr(cp) if not 0xD800 <= cp <= 0xDFFF else "x")
            else:
                s.append(r.choice([" ", "-", "_", "&", "@", "'", "\u2013"]))
        strings.append("".join(s))
    req = [{"name": str(i), "template": "<< slugify inputs.s >>", "inputs": {"s": s}}
           for i, s in enumerate(strings)]
    res = subprocess.run([ORACLE], input=json.dumps(req), capture_output=True, text=True,
                         env={"TZ": "UTC"}, check=True)
    out = json.loads(res.stdout)
    cases = [{"s": s, "want": o["output"]} for s, o in zip(strings, out)]
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=0)
        f.write("\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
