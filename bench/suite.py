#!/usr/bin/env python3
"""The scenarios of bench/startup.sh, run round-robin so that background load on the machine spreads over
all of them instead of spoiling one; and the table printed from their results. Run it through startup.sh,
which prepares the jar, the Karaf copies and the temporary homes and removes them afterwards.

  suite.py run    --jar J --work DIR --karaf-warm K1 --karaf-cold K2 --karaf-data D [--rounds N ...] --out R.json
  suite.py probe  --jar J --work DIR --classes C --runs N --out P.json
  suite.py report --results R.json [--probe P.json] [--hyperfine H.json] [--verify V.json]
"""
import argparse
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402

# what the lab and Karaf print for their 'version' commands
MACHLAB_OUT = r"^framework\s+org\.apache\.felix"
KARAF_OUT = r"4\.4\.10\r?\n"
# the recommended start-up options (see docs/benchmarks.md)
FAST = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def scenarios(a):
    jar, w = a.jar, a.work
    jsa = f"{w}/machlab.jsa"
    warm, cold = f"{w}/home-warm", f"{w}/home-cold"
    lab = lambda flags, home: ["java", *flags, "-jar", jar, "--home", home]
    c = lambda flags, home: lab(flags, home) + ["-c", "lab:version"]
    reset_cold = f"rm -rf {cold}"
    t = dict(kind="time", until=MACHLAB_OUT, rounds=a.rounds)
    o = dict(t, rounds=a.option_rounds)
    shell = dict(kind="pty", prompt=r"g! ", input="lab:version\\n", until=MACHLAB_OUT, exit_input="exit\\n",
                 rounds=a.rounds)
    rss = dict(kind="pty", prompt=r"g! ", rss=True, settle=a.settle, exit_input="exit\\n", rounds=a.rss_rounds)
    reset_karaf = f"rm -rf {a.karaf_cold}/data && cp -a {a.karaf_data} {a.karaf_cold}/data"
    karaf = dict(kind="pty", prompt=r"karaf.*@root\(\)>", input="version\\n", until=KARAF_OUT,
                 retry_on=r"Command not found", retry_delay=0.2,
                 exit_input="shutdown -f\\n", rounds=a.karaf_rounds, timeout=180)
    listen = f"ss -ltnp > {w}/karaf-listen.txt 2>&1; cat /proc/{{pid}}/status | grep -i threads >> {w}/karaf-listen.txt"
    s = [
        # figure 1: java -jar machlab.jar -c COMMAND, first byte = the command's output
        dict(t, id="m-warm", group="1", name="Machlab `-c lab:version`, warm cache", cmd=c([], warm)),
        dict(t, id="m-cold", group="1", name="Machlab `-c lab:version`, cold cache", cmd=c([], cold),
             prepare=reset_cold),
        # the same as a person at a terminal: the prompt, then the first command typed at once
        dict(shell, id="m-pty-warm", group="1", name="Machlab shell on a terminal, warm: prompt, then `lab:version`",
             cmd=lab([], warm)),
        dict(shell, id="m-pty-cold", group="1", name="Machlab shell on a terminal, cold: prompt, then `lab:version`",
             cmd=lab([], cold), prepare=reset_cold),
        # figure 3: Karaf, measured the same way
        dict(karaf, id="k-pty-warm", group="3", name="Karaf 4.4.10 `bin/karaf` on a terminal, warm: prompt, then `version`",
             cmd=[f"{a.karaf_warm}/bin/karaf"]),
        dict(karaf, id="k-pty-cold", group="3", name="Karaf 4.4.10 `bin/karaf` on a terminal, cold (fresh data/): prompt, then `version`",
             cmd=[f"{a.karaf_cold}/bin/karaf"], prepare=reset_karaf),
        # figure 2: idle RSS
        dict(rss, id="m-rss", group="2", name="Machlab idle at the `g! ` prompt", cmd=lab([], warm)),
        dict(karaf, id="k-rss", group="3", name="Karaf 4.4.10 idle at the `karaf@root()>` prompt", cmd=[f"{a.karaf_warm}/bin/karaf"],
             input=None, until=None, rss=True, settle=a.settle, rounds=a.rss_rounds, during=listen),
        # JVM options, all on the warm cache
        dict(o, id="o-floor", group="o", name="JVM floor: `java -version` (no lab)", cmd=["java", "-version"], until=None),
        dict(o, id="o-xshare-off", group="o", name="`-Xshare:off` (no CDS at all)", cmd=c(["-Xshare:off"], warm)),
        dict(o, id="o-c1", group="o", name="`-XX:TieredStopAtLevel=1`", cmd=c(["-XX:TieredStopAtLevel=1"], warm)),
        dict(o, id="o-serial", group="o", name="`-XX:+UseSerialGC`", cmd=c(["-XX:+UseSerialGC"], warm)),
        dict(o, id="o-heap", group="o", name="`-Xms16m -Xmx256m`", cmd=c(["-Xms16m", "-Xmx256m"], warm)),
        dict(o, id="o-fast", group="o", name="`-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`", cmd=c(FAST, warm)),
        dict(o, id="o-cds", group="o", name="AppCDS `-XX:SharedArchiveFile=machlab.jsa`",
             cmd=c([f"-XX:SharedArchiveFile={jsa}"], warm)),
        dict(o, id="o-cds-fast", group="o", name="AppCDS + `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`",
             cmd=c([f"-XX:SharedArchiveFile={jsa}", *FAST], warm)),
        dict(o, id="o-cds-fast-cold", group="o", name="AppCDS + C1 + SerialGC, cold cache",
             cmd=c([f"-XX:SharedArchiveFile={jsa}", *FAST], cold), prepare=reset_cold),
        dict(o, id="o-env", group="o", name="the same three given by `JDK_JAVA_OPTIONS` to a plain `java -jar`",
             cmd=c([], warm), env={"JDK_JAVA_OPTIONS": " ".join([f"-XX:SharedArchiveFile={jsa}", *FAST])}),
        dict(o, id="o-train", group="o", name="training run `-XX:ArchiveClassesAtExit` (writes the archive)",
             cmd=c([f"-XX:ArchiveClassesAtExit={w}/train.jsa"], warm), prepare=f"rm -f {w}/train.jsa"),
        dict(rss, rounds=a.option_rss_rounds, id="o-rss-fast", group="o", name="idle RSS with AppCDS + C1 + SerialGC",
             cmd=lab([f"-XX:SharedArchiveFile={jsa}", *FAST], warm)),
        dict(rss, rounds=a.option_rss_rounds, id="o-rss-serial", group="o", name="idle RSS with `-XX:+UseSerialGC`",
             cmd=lab(["-XX:+UseSerialGC"], warm)),
    ]
    if a.no_karaf:
        s = [x for x in s if not x["id"].startswith("k-")]
    return s


def ns(spec):
    d = dict(prepare=None, cleanup=None, timeout=120.0, echo=False, stdin=None, hold_stdin=False, until=None,
             kill_on_match=False, input=None, retry_on=None, retry_delay=0.2, rss=False, settle=5.0, exit_input=None, during=None, env=None)
    d.update(spec)
    return SimpleNamespace(**d)


def run(a):
    specs = scenarios(a)
    results = {s["id"]: {"spec": {k: v for k, v in s.items()}, "runs": []} for s in specs}
    # one untimed run of each first: JIT-free page cache, Karaf's first unpacking, the warm homes
    print("warm-up: one untimed run of each scenario", file=sys.stderr)
    for s in specs:
        one(s, record=None)
    rounds = max(s["rounds"] for s in specs)
    busy = []
    for r in range(rounds):
        for s in specs:
            if r < s["rounds"]:
                b = wait_quiet(a.quiet, a.quiet_wait)
                busy.append(b)
                one(s, record=results[s["id"]]["runs"], busy=b)
        print(f"round {r + 1}/{rounds} done; other load before each run: median {statistics.median(busy):.0%},"
              f" max {max(busy):.0%} of the CPUs (load average {os.getloadavg()[0]:.2f})", file=sys.stderr)
    out = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
           "jar": a.jar, "scenarios": [], "background_busy": measure.stats(busy), "quiet": a.quiet, "quiet_wait": a.quiet_wait}
    for s in specs:
        runs = results[s["id"]]["runs"]
        entry = {"id": s["id"], "group": s["group"], "name": s["name"], "command": command_text(s), "runs": runs}
        for k in ("first_byte", "marker", "exit", "prompt", "rss_mb", "hwm_mb", "pss_mb", "retries"):
            entry[k] = measure.stats([x.get(k) for x in runs])
        out["scenarios"].append(entry)
    with open(a.out, "w") as f:
        json.dump(out, f, indent=1)


def cpu_busy(seconds=0.5):
    """Fraction of all CPUs busy during `seconds` (nothing of ours runs meanwhile: other people's load)."""
    def snap():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return sum(v), v[3] + v[4]
    t1, i1 = snap()
    time.sleep(seconds)
    t2, i2 = snap()
    return 1.0 - (i2 - i1) / max(1, t2 - t1)


def wait_quiet(limit, max_wait):
    """Waits (up to max_wait s) until other processes keep less than `limit` of the CPUs busy, so that a
    build in another checkout does not land in one run; returns the last reading."""
    deadline = time.monotonic() + max_wait
    b = cpu_busy()
    while b > limit and time.monotonic() < deadline:
        b = cpu_busy(1.0)
    return b


def cpu_snapshot():
    """(busy CPU seconds of the whole machine, CPU seconds of our finished children, wall time)."""
    import resource
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    hz = os.sysconf("SC_CLK_TCK")
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (sum(v) - v[3] - v[4]) / hz, ru.ru_utime + ru.ru_stime, time.monotonic()


def other_load(before, after):
    """Share of the machine's CPUs that processes other than our run used while it ran."""
    busy = after[0] - before[0]
    ours = after[1] - before[1]
    wall = after[2] - before[2]
    return max(0.0, busy - ours) / (wall * (os.cpu_count() or 1))


def one(s, record, busy=None, attempts=None):
    """One run of scenario s. When others used more than QUIET of the CPUs during it, the run is thrown
    away and done again (up to REDO times; the last one is kept, marked as disturbed)."""
    attempts = int(os.environ.get("REDO", "4")) if attempts is None else attempts
    for attempt in range(attempts + 1):
        before = cpu_snapshot()
        r = one_raw(s)
        load = other_load(before, cpu_snapshot())
        if record is None or load <= float(os.environ.get("QUIET", "0.2")) or attempt == attempts:
            break
        print(f"  {s['id']:<16} disturbed (others used {load:.0%} of the CPUs during the run): again", file=sys.stderr)
        wait_quiet(float(os.environ.get("QUIET", "0.2")), float(os.environ.get("QUIET_WAIT", "30")))
    r["other_load"] = load
    r["redone"] = attempt
    if record is not None:
        r["busy_before"] = busy
        record.append(r)
        brief = ", ".join(f"{k} {v:.3f}" for k, v in r.items() if isinstance(v, float))
        print(f"  {s['id']:<16} {brief}", file=sys.stderr)


def one_raw(s):
    args = ns(s)
    measure.sh(args.prepare)
    try:
        if s["kind"] == "time":
            r = measure.one_timed_run(args)
            if r["timed_out"] or not r["marker_found"]:
                raise RuntimeError(f"{s['id']}: no output / timed out: {r}")
        else:
            r = measure.one_pty_run(args)
            if args.rss:
                r["exit"] = None  # includes the settle time: meaningless
    finally:
        measure.sh(args.cleanup)
    return r


def command_text(s):
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in (s.get("env") or {}).items())
    text = " ".join(shlex.quote(x) for x in s["cmd"])
    if s["kind"] == "pty" and s.get("input"):
        text += f"   (on a pty; typed at the prompt: {s['input'].strip(chr(92) + 'n')})"
    elif s["kind"] == "pty":
        text += "   (on a pty)"
    return (env + " " + text).strip()


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem, 1), "java": " / ".join(java),
            "kernel": platform.release()}


# ---- the start-up probe: where the time goes ----

MARK = re.compile(r"^\s*([0-9.]+) ms  (.*)$")


def probe(a):
    home = f"{a.work}/home-probe"
    cp = f"{a.classes}:{a.jar}"
    jsa = f"{a.work}/probe.jsa"
    base = ["java", "-cp", cp, "machlab.launcher.StartupProbe", home, "lab:version"]
    variants = {"plain `java`": [], "AppCDS + C1 + SerialGC": [f"-XX:SharedArchiveFile={jsa}", *FAST]}
    # warm the home and train the probe's own archive (its class path differs from machlab.jar's)
    for flags in ([], [f"-XX:ArchiveClassesAtExit={jsa}"]):
        p = subprocess.run(["java", *flags, "-Dprobe.t0=0", *base[1:]], capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"probe failed ({p.returncode}): {p.stdout} {p.stderr}")
    out = {}
    for name, flags in variants.items():
        runs = []
        for _ in range(a.runs):
            wait_quiet(float(os.environ.get("QUIET", "0.2")), float(os.environ.get("QUIET_WAIT", "20")))
            t0 = time.time_ns()
            p = subprocess.run(["java", *flags, f"-Dprobe.t0={t0}", *base[1:]], capture_output=True, text=True)
            marks = [(m.group(2).strip(), float(m.group(1))) for m in map(MARK.match, p.stderr.splitlines()) if m]
            runs.append(marks)
        labels = [lab for lab, _ in runs[0]]
        out[name] = [(lab, statistics.median([dict(r).get(lab, float("nan")) for r in runs])) for lab in labels]
    # class counts by source, plain java
    log = f"{a.work}/classload.txt"
    subprocess.run(["java", f"-Xlog:class+load:file={log}", "-jar", a.jar, "--home", home, "-c", "lab:version"],
                   capture_output=True, check=True)
    counts = {"JDK, default CDS archive": 0, "JDK, not archived (jrt:)": 0, "machlab.jar (Felix, launcher)": 0,
              "bundles (Felix bundle class loaders)": 0, "generated (lambdas, proxies)": 0}
    with open(log) as f:
        for line in f:
            if "shared objects file" in line:
                counts["JDK, default CDS archive"] += 1
            elif "source: jrt:" in line:
                counts["JDK, not archived (jrt:)"] += 1
            elif "source: file:" in line:
                counts["machlab.jar (Felix, launcher)"] += 1
            elif "source: machlab:bundles/" in line:
                counts["bundles (Felix bundle class loaders)"] += 1
            else:
                counts["generated (lambdas, proxies)"] += 1
    subprocess.run(["java", f"-XX:SharedArchiveFile={a.work}/machlab.jsa", f"-Xlog:class+load:file={log}.cds",
                    "-jar", a.jar, "--home", home, "-c", "lab:version"], capture_output=True, check=True)
    with open(f"{log}.cds") as f:
        lines = f.readlines()
    cds = {"total": len(lines), "from the archives": sum(1 for x in lines if "shared objects file" in x)}
    with open(a.out, "w") as f:
        json.dump({"marks": out, "classes": counts, "classes_with_appcds": cds}, f, indent=1)


# ---- the table ----

def fmt(st, unit="s", scale=1.0, digits=3):
    if not st:
        return "–"
    m, lo, hi = (st[k] * scale for k in ("median", "min", "max"))
    if unit == "MB":
        return f"{m:.0f} MB ({lo:.0f}–{hi:.0f})"
    return f"{m:.{digits}f} s ({lo:.{digits}f}–{hi:.{digits}f})"


def report(a):
    with open(a.results) as f:
        res = json.load(f)
    if a.quiet_only:
        # keep the runs that started while other processes used < QUIET of the CPUs (and, when measured,
        # were not disturbed during the run either)
        for x in res["scenarios"]:
            x["runs"] = [r for r in x["runs"] if (r.get("busy_before") or 0) <= res["quiet"]
                         and (r.get("other_load") or 0) <= res["quiet"]]
            for k in ("first_byte", "marker", "exit", "prompt", "rss_mb", "hwm_mb", "pss_mb", "retries"):
                x[k] = measure.stats([r.get(k) for r in x["runs"]])
        print("(only the runs that started on a quiet machine: --quiet-only)")
    sc = {s["id"]: s for s in res["scenarios"]}
    m = res["machine"]
    p = print
    p(f"Machlab start-up benchmark, {res['date']}")
    p(f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Linux {m['kernel']}")
    p(f"java: {m['java']}")
    p(f"jar: {res['jar']}")
    ol = measure.stats([r.get("other_load") for x in res["scenarios"] for r in x["runs"]])
    redone = sum(r.get("redone", 0) for x in res["scenarios"] for r in x["runs"])
    if ol:
        p(f"other processes' share of the CPUs during the kept runs: median {ol['median']:.0%}, max {ol['max']:.0%};"
          f" {redone} disturbed runs (> {res['quiet']:.0%}) were thrown away and done again")
    bb = res.get("background_busy")
    if bb:
        p(f"background load (other processes, sampled 0.5 s before each run; runs wait up to {res.get('quiet_wait', 20):.0f} s for it to drop "
          f"below {res['quiet']:.0%}): median {bb['median']:.0%}, max {bb['max']:.0%} of the CPUs")
    p("times: median (min–max) over n runs, measured from just before exec of the command; "
      "'first output' = the first byte (or, for a shell, the first line) of the first command's result")
    p()
    p("| figure | n | first command's output | whole process | prompt | goal |")
    p("|---|---|---|---|---|---|")

    def row(i, goal=""):
        s = sc.get(i)
        if not s:
            return
        n = len(s["runs"])
        loaded = sum(1 for r in s["runs"] if (r.get("other_load") or 0) > res["quiet"])
        if loaded:
            n = f"{n} ({loaded} disturbed by other load)"
        if s.get("retries") and s["retries"]["max"] > 0:
            n = f"{n} (command typed again after 'Command not found' in {sum(1 for r in s['runs'] if r.get('retries'))} runs)"
        p(f"| {s['name']} | {n} | {fmt(s['marker'])} | {fmt(s['exit'])} | {fmt(s['prompt'])} | {goal} |")

    warm = sc["m-warm"]["marker"]["median"]
    cold = sc["m-cold"]["marker"]["median"]
    row("m-warm", "< 0.8 s: " + ("met" if warm < 0.8 else "MISSED"))
    row("m-cold", "< 0.8 s: " + ("met" if cold < 0.8 else "MISSED"))
    row("m-pty-warm")
    row("m-pty-cold")
    row("k-pty-warm")
    row("k-pty-cold")
    p()
    if "k-pty-warm" in sc:
        p("| ratio Karaf / Machlab, time to the first command's output (medians) | ratio | goal ≥ 4x |")
        p("|---|---|---|")
        for kid, mid, what in (("k-pty-warm", "m-pty-warm", "warm, both on a terminal"),
                               ("k-pty-cold", "m-pty-cold", "cold, both on a terminal"),
                               ("k-pty-warm", "m-warm", "warm, Karaf terminal vs Machlab `-c`"),
                               ("k-pty-cold", "m-cold", "cold, Karaf terminal vs Machlab `-c`")):
            r = sc[kid]["marker"]["median"] / sc[mid]["marker"]["median"]
            p(f"| {what} | {r:.1f}x | {'met' if r >= 4 else 'MISSED'} |")
        p()
    p("| idle at the interactive prompt | n | RSS | peak RSS (VmHWM) | PSS | goal |")
    p("|---|---|---|---|---|---|")
    for i, goal in (("m-rss", "< 150 MB"), ("k-rss", ""), ("o-rss-serial", ""), ("o-rss-fast", "")):
        s = sc.get(i)
        if s:
            ok = "" if not goal else (": met" if s["rss_mb"]["median"] < 150 else ": MISSED")
            p(f"| {s['name']} | {len(s['runs'])} | {fmt(s['rss_mb'], 'MB')} | {fmt(s['hwm_mb'], 'MB')} | "
              f"{fmt(s['pss_mb'], 'MB')} | {goal}{ok} |")
    p()
    if a.hyperfine and os.path.exists(a.hyperfine):
        with open(a.hyperfine) as f:
            hf = json.load(f)
        p("| whole process, by hyperfine | n | median (min–max) | mean ± σ |")
        p("|---|---|---|---|")
        for r in hf:
            p(f"| {r['command']} | {len(r['times'])} | {r['median']:.3f} s ({r['min']:.3f}–{r['max']:.3f}) | "
              f"{r['mean']:.3f} ± {r['stddev'] or 0:.3f} s |")
        p()
    elif a.hyperfine:
        p("(hyperfine not installed: whole-process times above come from measure.py's own loop only)")
        p()
    p("| JVM option (warm cache unless said) | n | first command's output | whole process | vs plain |")
    p("|---|---|---|---|---|")
    for s in res["scenarios"]:
        if s["group"] == "o" and s["marker"]:
            gain = s["marker"]["median"] - warm
            p(f"| {s['name']} | {len(s['runs'])} | {fmt(s['marker'])} | {fmt(s['exit'])} | {gain * 1000:+.0f} ms |")
        elif s["group"] == "o" and s["id"] == "o-floor":
            p(f"| {s['name']} | {len(s['runs'])} | – | {fmt(s['exit'])} | |")
    p()
    if a.verify and os.path.exists(a.verify):
        with open(a.verify) as f:
            v = json.load(f)
        st = measure.stats(v["seconds"])
        p(f"| `mvn -B verify`, clean clone, warm ~/.m2 | n | wall time |")
        p("|---|---|---|")
        p(f"| {v['what']} | {st['n']} | {fmt(st, digits=1)} |")
        p()
    if a.probe and os.path.exists(a.probe):
        with open(a.probe) as f:
            pr = json.load(f)
        names = list(pr["marks"])
        p("Where the time goes (StartupProbe, warm cache, medians, ms since exec):")
        p()
        p("| mark | " + " | ".join(names) + " |")
        p("|---|" + "---|" * len(names))
        table = [dict(pr["marks"][n]) for n in names]
        for lab, _ in pr["marks"][names[0]]:
            p(f"| {lab} | " + " | ".join(f"{t.get(lab, float('nan')):.0f}" for t in table) + " |")
        p()
        p("Classes loaded by `-c lab:version`, plain java: " +
          ", ".join(f"{k} {v}" for k, v in pr["classes"].items()) +
          f"; with AppCDS {pr['classes_with_appcds']['from the archives']} of {pr['classes_with_appcds']['total']}"
          " come from the archives.")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    r = sub.add_parser("run")
    r.add_argument("--jar", required=True)
    r.add_argument("--work", required=True)
    r.add_argument("--karaf-warm", required=True)
    r.add_argument("--karaf-cold", required=True)
    r.add_argument("--karaf-data", required=True, help="a pristine data/ folder of the Karaf distribution")
    r.add_argument("--no-karaf", action="store_true")
    r.add_argument("--rounds", type=int, default=10)
    r.add_argument("--karaf-rounds", type=int, default=5)
    r.add_argument("--option-rounds", type=int, default=5)
    r.add_argument("--option-rss-rounds", type=int, default=3)
    r.add_argument("--rss-rounds", type=int, default=5)
    r.add_argument("--settle", type=float, default=5.0)
    r.add_argument("--quiet", type=float, default=float(os.environ.get("QUIET", "0.2")),
                   help="before each run, wait until other processes use less than this share of the CPUs")
    r.add_argument("--quiet-wait", type=float, default=float(os.environ.get("QUIET_WAIT", "20")), help="but no longer than this many seconds")
    r.add_argument("--out", required=True)
    pr = sub.add_parser("probe")
    pr.add_argument("--jar", required=True)
    pr.add_argument("--work", required=True)
    pr.add_argument("--classes", required=True)
    pr.add_argument("--runs", type=int, default=7)
    pr.add_argument("--out", required=True)
    rp = sub.add_parser("report")
    rp.add_argument("--results", required=True)
    rp.add_argument("--probe")
    rp.add_argument("--hyperfine")
    rp.add_argument("--verify")
    rp.add_argument("--quiet-only", action="store_true")
    a = ap.parse_args()
    {"run": run, "probe": probe, "report": report}[a.what](a)


if __name__ == "__main__":
    main()
