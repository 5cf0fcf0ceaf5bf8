#!/usr/bin/env bash
# Trains the tiny models the unit tests load, from a few hand-written sentences.
# usage: make_test_model.sh path/to/dyad tests/data/tiny.conllu OUT_DIR
set -euo pipefail
dyad="$1"; data="$2"; out="$3"
mkdir -p "$out"
"$dyad" train tokenizer --train "$data" -o "$out/tokenizer.bin" 2>/dev/null
"$dyad" train tagger --train "$data" -o "$out/tagger.bin" 2>/dev/null
"$dyad" train morph --train "$data" --wordnet "" -o "$out/morph.bin"
"$dyad" train parser --train "$data" --jackknife 1 -o "$out/parser.bin" 2>/dev/null
echo "tiny models in $out"
