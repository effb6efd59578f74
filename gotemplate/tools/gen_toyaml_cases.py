#!/usr/bin/env python3
"""Generates src/test/resources/io/rset/gotemplate/flux/toyaml-cases.json: random and hand-picked
values with the output (or error) of Go's `mustToYaml` for each, as the oracle
(/work/oracle-bin/gotmpl-oracle, Go's text/template set up as Flux sets it up) reports them.

Usage: gen_toyaml_cases.py [seed] [count]
"""
import json
import random
import subprocess
import sys

ORACLE = "/work/oracle-bin/gotmpl-oracle"
OUT = "src/test/resources/io/rset/gotemplate/flux/toyaml-cases.json"

SPECIAL = [
    "", " ", "  ", "a", "true", "True", "TRUE", "false", "yes", "Yes", "no", "NO", "on", "off",
    "y", "n", "Y", "N", "null", "Null", "~", "1", "-1", "+1", "0", "00", "07", "08", "0755",
    "0x1F", "0o17", "0b101", "0b2", "0x", "1_000", "1e3", "1E3", "1.5", ".5", "5.", "-.5",
    ".inf", "-.Inf", ".NaN", "nan", "inf", "1:30", "-1:30:00", "190:20:30.15", "12:60",
    "2024-01-01", "2024-1-1", "2024-02-30", "2024-02-29", "2023-02-29", "2024-13-01",
    "2024-01-01T10:00:00Z", "2024-01-01t10:00:00+02:00", "2024-01-01T10:00:00",
    "2024-01-01 10:00:00", "2024-01-01  10:00:00.123", "2024-01-01T25:00:00Z",
    "2024-01-01T10:00:00.5,Z", "2024-01-01T10:00:00+25:00", "20240-01-01", "2024-01-01x",
    "- a", "-a", "-", "--", "---", "--- a", "...", "....", "? a", "?a", ": a", ":a", "a:",
    "a: b", "a:b", "a #b", "a#b", "#a", "a #", "@a", "`a", "!a", "%a", "&a", "*a", "|a", ">a",
    "'a", '"a', "a'b", 'a"b', "a,b", "[a", "a]", "{a", "a}", "a\\b", "<<", "=", "a\tb", "\t",
    "a\nb", "a\n", "a\n\n", "\na", "\n", "\n\n", " a\nb", "a \nb", "a\n b", "a\r\nb", "a\rb",
    "a\u0085b", "a \u0085 b", "\u0085", "a\u2028b", "a\u2029", "\u00a0", "a\u00a0b",
    "h\u00e9llo \u2713", "\u65e5\u672c\u8a9e", "\U0001F680", "a\U0001F680b", "\ufeffab",
    "a\ufeff", "\u0000", "a\u0001b", "a\u001bb", "a\u0007", "\u00e9t\u00e9",
    "word " * 20, ("word " * 20).strip(), "x" * 100, "a " + "b" * 90 + " c",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
    "line1\nline2 with a very long text that goes on and on and on and on and on and beyond 80",
    "   leading", "trailing   ", "in  side", "tab\tinside and a very long text " * 4,
    "<b>&</b>", "\"quoted\"", "a\x7fb", "a\x80", "\ufffe", "x\u0085--- y", "\u0085... ",
    "x\u0085---", "x\u0085---y", "a\u0085\u0085b", "it's", "C:\\path", "k=v", "100%", "$HOME", "a/b", "a.b",
]

KEYS = ["a", "b", "A", "B", "a1", "a2", "a10", "a01", "a001", "a0", "1", "2", "10", "9",
        "01", "_x", "-x", "x-1", "x10y", "x9y", "\u00e9", "z", "", " ", "key with space",
        "true", "null", "1.5", "a:b", "a: b", "#c", "k\u00e9", "\u65e5", "a\nb", "Z", "_",
        "aa", "ab", "a_b", "a-b", "a.b", "a/b", "v1", "v1.2", "v1.10", "x" * 130, "y" * 127,
        "k" * 1022, "k" * 1023, "<" * 170, "<" * 171, "a\u0085b"]

FLOATS = [0.0, -0.0, 0.5, 1.5, -2.25, 1.0, 100.0, 1e6, 1.5e6, 1234567.5, 1e20, 1e21, 1e19,
          -1e19, 9.2e18, 1.8e19, 2e19, 1e-5, 1e-7, 0.0001, 0.1, 0.3, 1 / 3, 2 ** 53, 2 ** 60,
          12345678901234567890.0, 1.7976931348623157e308, 5e-324, 123456.789, -0.000123]
INTS = [0, 1, -1, 42, 9223372036854775807, -9223372036854775808, 1000000, 12345678901234]


def rand_value(r, depth):
    k = r.random()
    if depth > 3 or k < 0.45:
        kind = r.random()
        if kind < 0.6:
            return r.choice(SPECIAL)
        if kind < 0.75:
            return r.choice(FLOATS)
        if kind < 0.87:
            return r.choice(INTS)
        if kind < 0.95:
            return r.choice([True, False])
        return None
    if k < 0.7:
        return [rand_value(r, depth + 1) for _ in range(r.randint(0, 4))]
    return {r.choice(KEYS + SPECIAL[:40]): rand_value(r, depth + 1) for _ in range(r.randint(0, 5))}


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    r = random.Random(seed)
    values = [s for s in SPECIAL]
    values += [{k: 1} for k in KEYS]
    values.append({k: i for i, k in enumerate(KEYS)})
    values += FLOATS + INTS
    values += [{"s": s} for s in SPECIAL]
    values += [[s] for s in SPECIAL]
    values += [{"a": {"b": [s, {"c": s}]}} for s in SPECIAL[::7]]
    values += [rand_value(r, 0) for _ in range(count)]
    req = [{"name": str(i), "template": "<< mustToYaml inputs.v >>", "inputs": {"v": v}}
           for i, v in enumerate(values)]
    res = subprocess.run([ORACLE], input=json.dumps(req), capture_output=True, text=True,
                         env={"TZ": "UTC"}, check=True)
    out = json.loads(res.stdout)
    cases = []
    for v, o in zip(values, out):
        c = {"v": v}
        if "output" in o:
            c["want"] = o["output"]
        else:
            c["error"] = o["error"]
        cases.append(c)
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=0)
        f.write("\n")
    print(len(cases), "cases,", sum(1 for c in cases if "error" in c), "errors")


if __name__ == "__main__":
    main()
