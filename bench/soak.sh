#!/usr/bin/env bash
# soak.sh -- one lab process, the same work again and again for MINUTES minutes: boot the seed
# scenario, run it to the hang, analyze it, explore a scenario, analyze the seed mail, write both HTML
# reports; after each round `lab:heap` prints the heap in use after GC. Prints one CSV line a round:
#   round,seconds,heap_used_bytes
#
#   bench/soak.sh [MINUTES] [JAR]        # default 60 minutes, runtime/target/machlab.jar
#
# Run by hand (never by CI). The figure in docs/benchmarks.md: first rounds vs last rounds.
set -u
MINUTES="${1:-60}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${2:-$HERE/runtime/target/machlab.jar}"
SEED="$(ls "$HERE"/../shared/seed/*.txt | head -1)"
WORK="$(mktemp -d)"
OUT="$WORK/lab.out"
mkfifo "$WORK/in"
java -jar "$JAR" --home "$WORK/home" <"$WORK/in" >"$OUT" 2>&1 &
LAB=$!
exec 3>"$WORK/in"
end=$(( $(date +%s) + MINUTES * 60 )); start=$(date +%s); round=0
echo "round,seconds,heap_used_bytes"
while [ "$(date +%s)" -lt "$end" ] && kill -0 $LAB 2>/dev/null; do
  round=$((round + 1))
  cat >&3 <<GOSH
lab:boot defpager-wire-deadlock
lab:run --tries 30
lab:analyze
explore:check defpager-competitor
locks:analyze '$SEED'
report:html $WORK/lab.html --lab
report:html $WORK/seed.html '$SEED'
lab:heap
echo round-$round-done
GOSH
  until grep -q "^round-$round-done" "$OUT" 2>/dev/null; do
    kill -0 $LAB 2>/dev/null || { echo "the lab died: see $OUT" >&2; exit 1; }
    sleep 0.2
  done
  used=$(grep '^used ' "$OUT" | tail -1 | awk '{print $2}')
  echo "$round,$(( $(date +%s) - start )),$used"
done
exec 3>&-
wait $LAB
echo "errors printed by the lab: $(grep -c -i '^error' "$OUT")" >&2
rm -rf "$WORK"
