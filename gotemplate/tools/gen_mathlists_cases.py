#!/usr/bin/env python3
"""Writes sprig math/list/dict edge cases for the Go oracle to fill in.

Run from the repository root:
  python3 gotemplate/tools/gen_mathlists_cases.py > gotemplate/src/test/resources/io/rset/gotemplate/sprig/mathlists-cases.yaml
  TZ=UTC /work/oracle-bin/gotmpl-oracle -update gotemplate/src/test/resources/io/rset/gotemplate/sprig/mathlists-cases.yaml
"""
import json

INPUTS = {
    "i": 7, "neg": -3, "f": 2.5, "nf": -2.5, "big": 1.0e6, "huge": 1.0e300, "s": "12",
    "fs": "3.7", "b": True, "nothing": None, "zero": 0, "l": [1, 2, 3], "e": [],
    "tags": ["b", "a", "c"], "mixed": [1, "1", 1.0, True, None, "", [], {}],
    "nested": [[1], [1], {"a": 1}, {"a": 1}, {"a": 1.0}],
    "m": {"a": {"b": None, "c": {"d": 4}}, "x": 1},
    "labels": {"team": "a", "tier": "web"}, "emptymap": {},
}

T = [
    # math: conversions of every input kind
    *[f"<< {fn} inputs.{k} >>" for fn in ["int", "int64", "float64", "add1", "floor", "ceil", "toDecimal"]
      for k in ["i", "neg", "f", "nf", "big", "huge", "s", "fs", "b", "nothing", "l", "m", "tags"]],
    '<< printf "%T" (add1 1) >>', '<< printf "%T" (int64 1) >>', '<< printf "%T" (maxf 1) >>',
    '<< printf "%T" (max 1) >>', '<< printf "%T" (round 1 1) >>', '<< printf "%T" (toDecimal 1) >>',
    '<< printf "%T" (seq 1) >>', '<< printf "%T" (untilStep 1 2 1) >>', '<< printf "%T" (randInt 1 2) >>',
    '<< sub 1 2 3 >>', '<< add1 >>', '<< div 1 >>', '<< mod "9" "4" >>', '<< mod 9 -4 >>', '<< div "x" 0 >>',
    '<< mul 3 "x" >>', '<< mul 4611686018427387904 2 >>', '<< sub -9223372036854775807 2 >>',
    '<< max -1 "x" >>', '<< min 3 true >>', '<< maxf 1 "1e308" "1e309" >>', '<< minf -0.0 0.0 >>',
    '<< maxf -0.0 0.0 >>', '<< maxf "inf" >>', '<< minf "-Infinity" 3 >>', '<< maxf inputs.l 5 >>',
    '<< round 2.345 2 >>', '<< round -2.345 2 >>', '<< round 0.5 0 0.6 >>', '<< round 0.5 0 0.5 0.9 >>',
    '<< round "2.5" 0 >>', '<< round 2.5 "0" >>', '<< round 2.5 0 "0.5" >>', '<< round 1e20 3 >>',
    '<< round 12345.6789 -3 >>', '<< round 5.55 1 >>', '<< round 1.15 1 >>', '<< round inputs.f 0 >>',
    '<< round 1 inputs.i >>', '<< round 0.000123456 5 >>', '<< round 99.99 -1 >>', '<< round -0.4 0 >>',
    '<< floor "-0" >>', '<< ceil -0.5 >>', '<< floor "1e400" >>', '<< ceil "nan" >>',
    '<< int "9223372036854775807" >>', '<< int "-9223372036854775808" >>', '<< int "9223372036854775808" >>',
    '<< int64 "-0" >>', '<< int64 "+" >>', '<< int64 "" >>', '<< int64 "0x10" >>', '<< int 1e19 >>',
    '<< float64 "1e308" >>', '<< float64 "4.9e-324" >>', '<< float64 "0.1" >>', '<< float64 "1_0.5_0" >>',
    '<< float64 "0x1p-1074" >>', '<< float64 "0x1.fffffffffffff8p1023" >>', '<< float64 "0x.8p1" >>',
    '<< float64 "-.5e-1" >>', '<< float64 "infINITY" >>', '<< float64 "+inf" >>', '<< float64 "nan" >>',
    '<< atoi "" >>', '<< atoi "-" >>', '<< atoi "007" >>', '<< atoi "-12" >>', '<< atoi "9223372036854775807" >>',
    '<< atoi "9223372036854775808" >>', '<< atoi "1e3" >>', '<< atoi "99999999999999999999x" >>',
    '<< atoi inputs.s >>', '<< atoi inputs.i >>', '<< atoi nil >>',
    '<< toDecimal "" >>', '<< toDecimal "-0" >>', '<< toDecimal "777777777777777777777" >>',
    '<< toDecimal "1777777777777777777777" >>', '<< toDecimal "-1000000000000000000000" >>',
    '<< toDecimal 0.5 >>', '<< toDecimal -8.0 >>', '<< toDecimal 999999.0 >>', '<< toDecimal nil >>',
    '<< seq 1 1 >>', '<< seq 1 1 1 >>', '<< seq 0 0 0 >>', '<< seq 3 0 1 >>', '<< seq 1 -1 3 >>',
    '<< seq -5 2 5 >>', '<< seq 5 -2 -5 >>', '<< seq 2 3 >>', '<< seq -2 >>', '<< seq 1.0 >>',
    '<< seq "1" >>', '<< seq inputs.i >>', '<< seq 9223372036854775807 9223372036854775806 >>',
    '<< until 1 >>', '<< until -1 >>', '<< until "3" >>', '<< until 2.5 >>', '<< until nil >>',
    '<< untilStep 5 5 1 >>', '<< untilStep 5 5 -1 >>', '<< untilStep -5 5 4 >>', '<< untilStep 5 -5 -4 >>',
    '<< untilStep 0 3 >>', '<< untilStep 0 10 9223372036854775807 >>',
    '<< untilStep 0 -10 -9223372036854775808 >>', '<< len (until 100) >>',
    '<< range $i, $v := until 3 >><< $i >>=<< $v >>,<< end >>', '<< index (until 5) 2 >>',
    '<< randInt 0 1 >>', '<< randInt -1 0 >>', '<< randInt 1 >>', '<< randInt "1" 2 >>',
    # lists
    '<< list 1 (list 2) (dict "a" 1) nil "s" 1.5 true >>', '<< printf "%v" (list) >>',
    '<< printf "%#v" (list 1 "a") >>', '<< len (list nil nil) >>', '<< index (list 1 2) 1 >>',
    '<< append (list) 1 >>', '<< append (until 2) 9 >>', '<< printf "%T" (append (until 2) 9) >>',
    '<< append inputs.e nil >>', '<< prepend inputs.e 1 >>', '<< prepend inputs.nothing 1 >>',
    '<< prepend inputs.m 1 >>', '<< append inputs.m 1 >>', '<< mustPush 1 2 >>', '<< append true 1 >>',
    '<< append 1.5 1 >>', '<< append (splitList "," "a,b") "c" >>', '<< append "s" >>',
    '<< first (until 3) >>', '<< last (until 3) >>', '<< printf "%T" (first (until 3)) >>',
    '<< first inputs.mixed >>', '<< last inputs.mixed >>', '<< first inputs.labels >>',
    '<< mustLast inputs.e >>', '<< mustRest inputs.e >>', '<< mustInitial inputs.tags >>',
    '<< rest inputs.nothing >>', '<< initial "s" >>', '<< rest (until 3) >>', '<< initial (until 3) >>',
    '<< printf "%T" (rest (until 3)) >>', '<< rest (splitList "," "a") >>',
    '<< reverse (until 3) >>', '<< mustReverse inputs.e >>', '<< reverse inputs.m >>',
    '<< uniq inputs.nested >>', '<< uniq inputs.e >>', '<< uniq (list 1 1 (int64 1) 1.0 "1") >>',
    '<< uniq (until 3) >>', '<< uniq (list nil nil) >>', '<< uniq nil >>', '<< uniq inputs.m >>',
    '<< without inputs.nested (list 1) >>', '<< without inputs.nested (dict "a" 1) >>',
    '<< without inputs.l 1 2 >>', '<< without inputs.l (int64 1) (int64 2) >>', '<< without inputs.l >>',
    '<< without (until 3) 1 >>', '<< mustWithout 1 1 >>', '<< without inputs.mixed nil "" >>',
    '<< has 1.0 inputs.mixed >>', '<< has nil inputs.mixed >>', '<< has (list) inputs.mixed >>',
    '<< has (dict) inputs.mixed >>', '<< has 1 (until 2) >>', '<< has (int64 1) inputs.l >>',
    '<< has "1" inputs.mixed >>', '<< has 1 inputs.m >>', '<< mustHas 1 inputs.nothing >>',
    '<< has (list 1) inputs.nested >>', '<< has (dict "a" 1) inputs.nested >>',
    '<< compact inputs.mixed >>', '<< compact (until 3) >>', '<< compact inputs.e >>',
    '<< compact nil >>', '<< compact (list (list) (dict) 0.0 "0" "false") >>',
    '<< slice inputs.l >>', '<< slice inputs.l 0 0 >>', '<< slice inputs.l 1 1 >>', '<< slice inputs.l 3 3 >>',
    '<< slice inputs.l 4 >>', '<< slice inputs.l 1 2 3 >>', '<< slice inputs.l nil >>', '<< slice inputs.l 1.9 >>',
    '<< slice inputs.l "x" >>', '<< slice (until 5) 1 3 >>', '<< printf "%T" (slice (until 5) 1 3) >>',
    '<< slice "str" >>', '<< slice inputs.m >>', '<< slice nil >>', '<< slice inputs.e >>',
    '<< printf "%T" (slice inputs.e) >>', '<< mustSlice inputs.l 1 >>', '<< mustSlice (list 1 2 3) 2 1 >>',
    '<< slice (list 1 2 3) 0 -1 >>', '<< slice (list 1 2 3) -1 2 >>',
    '<< chunk 1 inputs.l >>', '<< chunk 4 inputs.l >>', '<< chunk -1 inputs.l >>', '<< chunk -2 inputs.l >>',
    '<< chunk -3 inputs.l >>', '<< chunk 2 (until 5) >>', '<< chunk 2 nil >>', '<< chunk "2" inputs.l >>',
    '<< chunk 2 inputs.m >>', '<< chunk 9223372036854775807 inputs.l >>', '<< chunk -9223372036854775808 inputs.l >>',
    '<< chunk -9223372036854775808 inputs.e >>', '<< chunk 1 inputs.e >>',
    '<< concat (until 2) (splitList "," "a,b") inputs.l >>', '<< concat nil >>', '<< concat 1 >>',
    '<< concat inputs.m >>', '<< printf "%T" (concat (until 2)) >>', '<< concat inputs.e inputs.e >>',
    '<< sortAlpha inputs.mixed >>', '<< sortAlpha inputs.l >>', '<< sortAlpha (until 12) >>',
    '<< sortAlpha inputs.e >>', '<< sortAlpha "b" >>', '<< sortAlpha inputs.m >>', '<< sortAlpha true >>',
    '<< sortAlpha (list "B" "a" "_" "Z" "é" "e" "10" "9") >>', '<< sortAlpha (list 1.5 1e7 0.000001) >>',
    '<< sortAlpha inputs.nested >>',
    # dicts
    '<< dict "a" (list 1) "b" (dict "c" nil) >>', '<< dict 1.5 1 1e21 2 >>', '<< dict (int64 5) 1 >>',
    '<< dict (until 2) 1 >>', '<< dict "" 1 >>', '<< len (dict "a" 1 "b" 2 "a" 3) >>',
    '<< (dict "a" (dict "b" 2)).a.b >>', '<< index (dict "a" 1) "a" >>', '<< index (dict "a" 1) "z" >>',
    '<< get (dict "a" nil) "a" >>', '<< printf "%T" (get (dict "a" nil) "a") >>', '<< get inputs.m "x" >>',
    '<< get inputs.labels 1 >>', '<< get (list) "a" >>', '<< get nil "a" >>',
    '<< set (dict) "a" nil >>', '<< $d := dict >><< $_ := set $d "k" 1 >><< $d >>',
    '<< $d := dict "a" 1 >><< $_ := unset $d "a" >><< $d >>',
    '<< $_ := unset inputs.labels "team" >><< inputs.labels >>', '<< unset inputs.nothing "a" >>',
    '<< set inputs.labels "x" (list 1) >>', '<< $_ := set inputs.m "y" 2 >><< inputs.m.y >>',
    '<< set (dict) 1 2 >>', '<< set inputs.emptymap "k" "v" >>',
    '<< hasKey (dict "a" nil) "a" >>', '<< hasKey inputs.emptymap "" >>', '<< hasKey (dict) >>',
    '<< pluck "a" (dict "a" 1) (dict "a" nil) (dict "b" 2) >>', '<< pluck "a" inputs.labels inputs.m >>',
    '<< pluck "a" (list) >>', '<< pluck 1 (dict) >>', '<< printf "%T" (pluck "a") >>',
    '<< keys inputs.m inputs.labels | sortAlpha >>', '<< keys inputs.nothing >>', '<< keys (dict) (dict) >>',
    '<< len (keys inputs.m inputs.m) >>', '<< keys "s" >>',
    '<< values inputs.emptymap >>', '<< values (dict "a" 1) >>', '<< values inputs.nothing >>',
    '<< values (dict "a" 1) (dict) >>', '<< printf "%T" (values (dict)) >>',
    '<< pick inputs.m "x" "a" "x" >>', '<< pick inputs.m 1 >>', '<< pick inputs.nothing "a" >>',
    '<< printf "%T" (pick (dict)) >>', '<< omit inputs.m "a" "zz" >>', '<< omit inputs.m >>',
    '<< omit (dict "a" nil) "b" >>', '<< omit inputs.nothing >>',
    '<< dig "a" "c" "d" 0 inputs.m >>', '<< dig "a" "c" "e" 0 inputs.m >>', '<< dig "a" "c" 0 inputs.m >>',
    '<< dig "x" "y" 0 inputs.m >>', '<< dig "a" "b" 0 inputs.m >>', '<< dig "q" "r" "s" 0 inputs.m >>',
    '<< dig "a" 0 inputs.labels >>', '<< dig "a" "b" (dict) >>', '<< dig "a" "b" >>', '<< dig >>',
    '<< dig "a" "b" "c" >>', '<< dig "a" "b" (list) >>', '<< dig "a" "b" 1 >>', '<< dig 1.5 "b" (dict) >>',
    '<< dig nil "b" (dict) >>', '<< dig "a" nil (dict) >>', '<< dig "team" "d" inputs.labels >>',
    '<< dig "x" "z" "d" inputs.m >>', '<< dig "a" "b" "d" inputs.nothing >>',
    '<< printf "%T" (dig "a" "b" (dict)) >>',
]

cases = []
for n, t in enumerate(T):
    cases.append({"name": f"c{n:03d}", "template": t, "inputs": INPUTS})
print("# sprig math, list and dict edge cases; want / wantError come from the Go oracle.")
for c in cases:
    print(f"- name: {c['name']}")
    print(f"  template: {json.dumps(c['template'])}")
    print(f"  inputs: {json.dumps(c['inputs'])}")
