#!/usr/bin/env bash
# Rebuilds every golden file of the ResourceSet build fixtures from the Go oracle
# (shared/tools/gotmpl-oracle, `-rset` mode = `flux-operator build rset`).
#
#   core/src/test/resources/testdata/resourceset/generate.sh [CASE_DIR...]
#
# With no argument it regenerates all cases of both fixture trees:
#
#   core/src/test/resources/testdata/resourceset/<case>/      (OfflineBuild tests)
#     rset.yaml        the ResourceSet manifest (first document is built)
#     inputs.yaml      optional: --inputs-from
#     providers.yaml   optional: --inputs-from-provider
#     namespace        optional: --namespace value (one line; may be empty)
#     -> golden.json   the objects as the oracle prints them (JSON array, sorted keys)
#     -> golden.yaml   the CLI's stdout: `# step: <name>` headers, `---` before each object,
#                      each object serialised by Go (sigs.k8s.io/yaml over go-yaml v2)
#     -> golden.msg    instead of the two above when the build fails: the error message
#
#   cli/src/test/resources/testdata/build_resourceset/<case>/ (rset build rset tests)
#     cmd              the arguments after `rset build rset`, one line, paths relative to
#                      the case directory; `-f -` reads the file `stdin` of the case
#     -> want.out      expected stdout (oracle-derived, exact); absent when the build fails
#                      (rset prints no object unless every ResourceSet of the file builds)
#     -> want.msg      the oracle's error message; stderr must contain it
#     -> want.err      expected stderr, exact (`✗ <message>`; tests may rewrite it with
#                      -Dgolden.update=true when rset adds a location)
#     A `rset.yaml` holding several `---`-separated ResourceSets is built document by
#     document (rset builds each in order; the oracle reads the first document only).
#
# The YAML text is Go's: every object goes back through the oracle as
# `<< toYaml inputs.obj >>`. Objects are attributed to steps by building each step alone
# and checking that the concatenation equals the whole build.
#
# Needs: bash, jq, python-yq (`yq`), and the oracle ($ORACLE, default
# /work/oracle-bin/gotmpl-oracle; build it from shared/tools/gotmpl-oracle, see its README).
set -euo pipefail
export TZ=UTC
ORACLE=${ORACLE:-/work/oracle-bin/gotmpl-oracle}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../../.." && pwd)
CORE_DIR=$ROOT/core/src/test/resources/testdata/resourceset
CLI_DIR=$ROOT/cli/src/test/resources/testdata/build_resourceset
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# objects_yaml JSON_ARRAY_FILE -> stdout: `---\n<yaml>` for every object (Go's text)
objects_yaml() {
  local n
  n=$(jq length "$1")
  [ "$n" -eq 0 ] && return 0
  jq '[to_entries[] | {name: (.key|tostring), template: "<< toYaml inputs.obj >>", inputs: {obj: .value}}]' "$1" \
    | "$ORACLE" > "$TMP/yaml.json"
  if jq -e 'any(.[]; has("error"))' "$TMP/yaml.json" > /dev/null; then
    echo "toYaml failed: $(jq -c '[.[] | select(has("error"))][0]' "$TMP/yaml.json")" >&2
    exit 1
  fi
  jq -j '.[] | "---\n" + .output' "$TMP/yaml.json"
}

# oracle_rset OUT_JSON ORACLE_ARGS... -> 0 and OUT_JSON, or 1 and the message on stdout
oracle_rset() {
  local out=$1
  shift
  if "$ORACLE" "$@" > "$out" 2> "$TMP/stderr"; then
    return 0
  fi
  if ! grep -q '^error: ' "$out"; then
    echo "oracle failed: $(cat "$out" "$TMP/stderr")" >&2
    exit 1
  fi
  return 1
}

# build_text RSET ORACLE_ARGS... : writes $TMP/objects.json and $TMP/text (CLI stdout),
# or returns 1 with the message in $TMP/msg
build_text() {
  local rset=$1
  shift
  if ! oracle_rset "$TMP/objects.json" -rset "$rset" "$@"; then
    sed -n '1s/^error: //p' "$TMP/objects.json" > "$TMP/msg"
    return 1
  fi
  : > "$TMP/text"
  local nsteps
  nsteps=$(yq '.spec.steps // [] | length' "$rset")
  if [ "$nsteps" -eq 0 ]; then
    objects_yaml "$TMP/objects.json" > "$TMP/text"
    return 0
  fi
  echo '[]' > "$TMP/concat.json"
  local k name
  for ((k = 0; k < nsteps; k++)); do
    name=$(yq -r ".spec.steps[$k].name" "$rset")
    yq ".spec.steps = [.spec.steps[$k]]" "$rset" > "$TMP/step.yaml"
    if oracle_rset "$TMP/step.json" -rset "$TMP/step.yaml" "$@"; then
      printf '# step: %s\n' "$name" >> "$TMP/text"
      objects_yaml "$TMP/step.json" >> "$TMP/text"
      jq -s '.[0] + .[1]' "$TMP/concat.json" "$TMP/step.json" > "$TMP/c2.json"
      mv "$TMP/c2.json" "$TMP/concat.json"
    elif ! grep -qx 'error: no objects were generated' "$TMP/step.json"; then
      echo "$rset: step $name alone: $(cat "$TMP/step.json")" >&2
      exit 1
    fi
  done
  if ! jq -e -n --slurpfile a "$TMP/objects.json" --slurpfile b "$TMP/concat.json" '$a == $b' > /dev/null; then
    echo "$rset: the steps built one by one differ from the whole build" >&2
    exit 1
  fi
}

core_case() {
  local dir=$1
  local args=()
  [ -f "$dir/inputs.yaml" ] && args+=(-inputs-from "$dir/inputs.yaml")
  [ -f "$dir/providers.yaml" ] && args+=(-inputs-from-provider "$dir/providers.yaml")
  [ -f "$dir/namespace" ] && args+=(-namespace "$(head -n1 "$dir/namespace")")
  rm -f "$dir/golden.json" "$dir/golden.yaml" "$dir/golden.msg"
  if build_text "$dir/rset.yaml" "${args[@]}"; then
    cp "$TMP/objects.json" "$dir/golden.json"
    cp "$TMP/text" "$dir/golden.yaml"
  else
    cp "$TMP/msg" "$dir/golden.msg"
  fi
}

# split_docs FILE OUTPREFIX -> OUTPREFIX.0, .1, ... (lines starting with --- separate)
split_docs() {
  awk -v p="$2" 'BEGIN{n=0; f=p"."n} /^---/{n++; f=p"."n; next} {print > f}' "$1"
  local i
  for i in "$2".*; do
    [ -f "$i" ] && grep -q '[^[:space:]]' "$i" || rm -f "$i"
  done
}

cli_case() {
  local dir=$1
  local -a cmd args=()
  read -r -a cmd < "$dir/cmd"
  local file="" json=false i=0
  while [ $i -lt ${#cmd[@]} ]; do
    local a=${cmd[$i]} v=${cmd[$((i + 1))]:-}
    case "$a" in
      -f | --filename) file=$v ;;
      -i | --inputs-from) args+=(-inputs-from "$v") ;;
      --inputs-from-provider) args+=(-inputs-from-provider "$v") ;;
      -n | --namespace) args+=(-namespace "$v") ;;
      -o | --output) [ "$v" = json ] && json=true ;;
      *) echo "$dir/cmd: unsupported argument $a" >&2; exit 1 ;;
    esac
    i=$((i + 2))
  done
  rm -f "$dir/want.out" "$dir/want.msg" "$dir/want.err"
  (
    # the oracle runs in the case directory so that messages name files as given
    cd "$dir"
    [ "$file" = "-" ] && file=stdin
    if [ -z "$file" ]; then
      echo "--filename is required" > want.msg
    elif [ ! -f "$file" ]; then
      build_text "$file" "${args[@]}" && { echo "$dir: expected an error" >&2; exit 1; }
      cp "$TMP/msg" want.msg
    else
      # one build per document of the file, in order; stop at the first failure
      rm -f "$TMP/doc".*
      split_docs "$file" "$TMP/doc"
      local ndocs
      ndocs=$(find "$TMP" -maxdepth 1 -name 'doc.*' | wc -l)
      if $json && [ "$ndocs" -gt 1 ]; then
        echo "$dir: -o json with several ResourceSets is not generated" >&2
        exit 1
      fi
      : > "$TMP/out"
      local doc
      local docs=(whole)
      [ "$ndocs" -gt 1 ] && docs=($(cd "$TMP" && ls doc.* | sort -t. -k2 -n))
      for doc in "${docs[@]}"; do
        local target=$file
        [ "$doc" = whole ] || { target="$TMP/rset-doc.yaml"; cp "$TMP/$doc" "$target"; }
        if build_text "$target" "${args[@]}"; then
          if $json; then
            cat "$TMP/objects.json" >> "$TMP/out"
          else
            cat "$TMP/text" >> "$TMP/out"
          fi
        else
          cp "$TMP/msg" want.msg
          break
        fi
      done
      # rset prints nothing when any ResourceSet of the file fails
      [ -s "$TMP/out" ] && [ ! -f want.msg ] && cp "$TMP/out" want.out
    fi
    if [ -f want.msg ]; then
      printf '\xe2\x9c\x97 %s\n' "$(cat want.msg)" > want.err
    fi
  )
}

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=("$CORE_DIR"/*/ "$CLI_DIR"/*/)
fi
for c in "${cases[@]}"; do
  c=${c%/}
  if [ -f "$c/cmd" ]; then
    cli_case "$c"
  elif [ -f "$c/rset.yaml" ]; then
    core_case "$c"
  else
    continue
  fi
  echo "generated $(basename "$c")"
done
