#!/usr/bin/env bash
# Machlab start-up and memory benchmark (docs/benchmarks.md). A benchmark, never a test: CI must not run
# it (it refuses to when $CI is set). One command reproduces every figure of docs/benchmarks.md:
#
#   bench/startup.sh                 # everything: ~15 min on a quiet machine, longer on a busy one
#   ROUNDS=5 KARAF_ROUNDS=3 VERIFY_RUNS=1 bench/startup.sh     # quicker, noisier
#   SKIP_KARAF=1 SKIP_VERIFY=1 bench/startup.sh                # Machlab only
#   QUIET=0.2 QUIET_WAIT=30 REDO=4: before each run wait up to QUIET_WAIT s for other processes to use
#   < QUIET of the CPUs; redo (up to REDO times) a run during which they used more
#
# What it does:
#  1. builds runtime/target/machlab.jar (mvn -q -B -DskipTests install);
#  2. fetches Apache Karaf 4.4.10 from Maven Central into bench/target/dl (once), unpacks two copies in a
#     temporary folder and makes them listen on loopback only (sshHost=127.0.0.1; JMX is loopback already);
#  3. runs every scenario of bench/suite.py round-robin (Machlab -c warm/cold, Machlab and Karaf on a
#     pseudo-terminal warm/cold, idle RSS, JVM options) with bench/measure.py, which timestamps the first
#     output of the command itself, not only the end of the process;
#  4. whole-process times again with hyperfine when it is installed (else measure.py's own loop only);
#  5. the StartupProbe breakdown (bench/probe, a timestamped copy of the launcher's start path);
#  6. `mvn -B verify` on a clean clone of HEAD, VERIFY_RUNS times (local Maven repository warm);
#  7. prints the table (also in bench/target/results.md, raw data in bench/target/*.json).
# Every temporary home, Karaf copy and Karaf process it starts is removed when it exits, also on Ctrl-C.
set -euo pipefail

if [ -n "${CI:-}" ]; then
  echo "bench/startup.sh is a benchmark; it does not run in CI" >&2
  exit 2
fi
top=$(cd "$(dirname "$0")/.." && pwd)
bench="$top/bench"
out="$bench/target"
ROUNDS=${ROUNDS:-10}
OPTION_ROUNDS=${OPTION_ROUNDS:-5}
KARAF_ROUNDS=${KARAF_ROUNDS:-5}
RSS_ROUNDS=${RSS_ROUNDS:-5}
VERIFY_RUNS=${VERIFY_RUNS:-3}
PROBE_RUNS=${PROBE_RUNS:-7}
export QUIET=${QUIET:-0.2} QUIET_WAIT=${QUIET_WAIT:-30}   # wait for other load to drop before each run
KARAF_VERSION=4.4.10
jar="$top/runtime/target/machlab.jar"
mkdir -p "$out"
work=$(mktemp -d /tmp/machlab-bench.XXXXXX)

cleanup() {
  # Karaf processes started from our copies (bin/karaf runs java as its child): by pid, never by name
  for d in "$work"/karaf-*; do
    [ -d "$d" ] || continue
    for pid in $(pgrep -f -- "-Dkaraf.home=$d" || true); do
      kill "$pid" 2>/dev/null || true
    done
  done
  sleep 0.5
  for d in "$work"/karaf-*; do
    [ -d "$d" ] || continue
    for pid in $(pgrep -f -- "-Dkaraf.home=$d" || true); do
      kill -9 "$pid" 2>/dev/null || true
    done
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "== $*" >&2; }

say "building the lab"
(cd "$top" && mvn -q -B -DskipTests install) >&2

export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

karaf_args=()
if [ -z "${SKIP_KARAF:-}" ]; then
  tgz="$out/dl/apache-karaf-$KARAF_VERSION.tar.gz"
  if [ ! -f "$tgz" ]; then
    say "fetching Apache Karaf $KARAF_VERSION from Maven Central"
    (cd "$top" && mvn -q -B dependency:copy -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz \
      -DoutputDirectory="$out/dl") >&2
  fi
  say "unpacking two Karaf copies under $work"
  tar xzf "$tgz" -C "$work"
  dist="$work/apache-karaf-$KARAF_VERSION"
  # loopback only (SSH would listen on 0.0.0.0); console after the boot features are started, so the
  # first command typed at the prompt exists (with the stock 'false' it answers "Command not found")
  sed -i 's/^sshHost *= *0\.0\.0\.0/sshHost = 127.0.0.1/' "$dist/etc/org.apache.karaf.shell.cfg"
  sed -i 's/^karaf\.delay\.console *= *false/karaf.delay.console=true/' "$dist/etc/config.properties"
  grep -q '^sshHost = 127.0.0.1' "$dist/etc/org.apache.karaf.shell.cfg"
  grep -q '^karaf.delay.console=true' "$dist/etc/config.properties"
  grep -q '^rmiRegistryHost = 127.0.0.1' "$dist/etc/org.apache.karaf.management.cfg"
  grep -q '^rmiServerHost = 127.0.0.1' "$dist/etc/org.apache.karaf.management.cfg"
  cp -a "$dist/data" "$work/karaf-data-pristine"
  cp -a "$dist" "$work/karaf-warm"
  mv "$dist" "$work/karaf-cold"
  karaf_args=(--karaf-warm "$work/karaf-warm" --karaf-cold "$work/karaf-cold" --karaf-data "$work/karaf-data-pristine")
else
  karaf_args=(--no-karaf --karaf-warm x --karaf-cold x --karaf-data x)
fi

say "warming the home and writing the AppCDS archive (training run)"
java -jar "$jar" --home "$work/home-warm" -c lab:version >/dev/null
java -XX:ArchiveClassesAtExit="$work/machlab.jsa" -jar "$jar" --home "$work/home-warm" -c lab:version >/dev/null

say "running the scenarios round-robin: $ROUNDS rounds (Karaf $KARAF_ROUNDS, RSS $RSS_ROUNDS)"
python3 "$bench/suite.py" run --jar "$jar" --work "$work" "${karaf_args[@]}" --rounds "$ROUNDS" \
  --karaf-rounds "$KARAF_ROUNDS" --rss-rounds "$RSS_ROUNDS" --option-rounds "$OPTION_ROUNDS" --out "$out/results.json"
if [ -f "$work/karaf-listen.txt" ]; then
  cp "$work/karaf-listen.txt" "$out/karaf-listen.txt"
  if grep -E 'LISTEN' "$out/karaf-listen.txt" | grep java | grep -vE '127\.0\.0\.1:|\[::1\]:|\[::ffff:127\.0\.0\.1\]:' >&2; then
    echo "WARNING: Karaf listened on a non-loopback address (above)" >&2
  fi
fi

rm -f "$out/hyperfine.json"
if command -v hyperfine >/dev/null; then
  say "whole-process times with hyperfine"
  hyperfine -N --style basic --warmup 2 --runs "$ROUNDS" --export-json "$work/hf1.json" \
    -n "java -jar machlab.jar -c lab:version (warm)" \
    "java -jar $jar --home $work/home-warm -c lab:version" >&2
  hyperfine -N --style basic --warmup 1 --runs "$ROUNDS" --export-json "$work/hf2.json" \
    --prepare "rm -rf $work/home-hf-cold" -n "java -jar machlab.jar -c lab:version (cold)" \
    "java -jar $jar --home $work/home-hf-cold -c lab:version" >&2
  hyperfine -N --style basic --warmup 2 --runs "$ROUNDS" --export-json "$work/hf3.json" \
    -n "java -XX:SharedArchiveFile=machlab.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar machlab.jar -c lab:version (warm)" \
    "java -XX:SharedArchiveFile=$work/machlab.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar --home $work/home-warm -c lab:version" >&2
  python3 -c 'import json,sys; print(json.dumps([r for f in sys.argv[1:] for r in json.load(open(f))["results"]]))' \
    "$work"/hf1.json "$work"/hf2.json "$work"/hf3.json > "$out/hyperfine.json"
else
  say "hyperfine is not installed: whole-process times come from measure.py alone"
fi

say "start-up breakdown (StartupProbe)"
mkdir -p "$work/probe-classes"
javac -d "$work/probe-classes" -cp "$jar" "$bench/probe/machlab/launcher/StartupProbe.java"
jar cf "$work/probe.jar" -C "$work/probe-classes" .   # a jar: CDS refuses directories on the class path
python3 "$bench/suite.py" probe --jar "$jar" --work "$work" --classes "$work/probe.jar" \
  --runs "$PROBE_RUNS" --out "$out/probe.json"

rm -f "$out/verify.json"
if [ -z "${SKIP_VERIFY:-}" ]; then
  say "mvn -B verify on a clean clone of HEAD ($(git -C "$top" rev-parse --short HEAD)), $VERIFY_RUNS runs"
  git clone -q "$top" "$work/verify"
  secs=()
  for i in $(seq "$VERIFY_RUNS"); do
    git -C "$work/verify" clean -fdxq
    t0=$(date +%s%N)
    (cd "$work/verify" && mvn -B verify > "$work/verify-$i.log" 2>&1) || {
      tail -30 "$work/verify-$i.log" >&2; echo "mvn -B verify failed" >&2; exit 1; }
    t1=$(date +%s%N)
    secs+=("$(python3 -c "print(($t1 - $t0) / 1e9)")")
    say "  verify run $i: ${secs[-1]} s"
  done
  python3 -c 'import json,sys; print(json.dumps({"what": sys.argv[1], "seconds": [float(x) for x in sys.argv[2:]]}))' \
    "mvn -B verify (all modules and tests) at $(git -C "$top" rev-parse --short HEAD)" "${secs[@]}" > "$out/verify.json"
fi

python3 "$bench/suite.py" report --results "$out/results.json" --probe "$out/probe.json" \
  --hyperfine "$out/hyperfine.json" --verify "$out/verify.json" | tee "$out/results.md"
