#!/usr/bin/env python3
"""Timing and memory probes for bench/startup.sh (a benchmark helper, never a test).

  measure.py time [opts] -- CMD...   start CMD N times; per run record, from just before fork/exec:
                                      first_byte  the first byte CMD writes on stdout
                                      marker      the first match of --until in stdout (the command's output)
                                      exit        the end of the process (or the kill after --kill-on-match)
  measure.py pty  [opts] -- CMD...   start CMD N times on a pseudo-terminal, as a person at a terminal would:
                                      prompt   the first match of --prompt (the interactive prompt)
                                      marker   --input is typed at once; the first match of --until after it
                                      rss_mb   with --rss: VmRSS of the JVM (CMD or its 'java' descendant)
                                               after --settle idle seconds at the prompt (also peak, PSS)
                                      exit     --exit-input is typed; the end of the process

Prints one JSON object on stdout: every sample plus median/min/max. Every process group it starts is
killed before it returns, whatever happens.
"""
import argparse
import json
import os
import pty
import re
import select
import signal
import statistics
import subprocess
import sys
import time


def stats(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"n": len(xs), "median": statistics.median(xs), "min": min(xs), "max": max(xs)}


def kill_group(p, grace=10.0):
    """SIGTERM the process group of p, then SIGKILL what is left after `grace` seconds."""
    try:
        pgid = os.getpgid(p.pid)
    except ProcessLookupError:
        pgid = p.pid
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        try:
            p.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        # the leader is gone; members (e.g. java under a shell script) may not be
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def child_env(args):
    extra = getattr(args, "env", None)
    return None if not extra else {**os.environ, **extra}


def sh(cmd):
    if cmd:
        subprocess.run(cmd, shell=True, check=True)


def one_timed_run(args):
    until = re.compile(args.until.encode(), re.M) if args.until else None
    stdin = subprocess.PIPE if args.stdin is not None else subprocess.DEVNULL
    t0 = time.perf_counter_ns()
    p = subprocess.Popen(args.cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         start_new_session=True, env=child_env(args))
    if args.stdin is not None:
        p.stdin.write(args.stdin.encode().decode("unicode_escape").encode())
        p.stdin.flush()
        if not args.hold_stdin:
            p.stdin.close()
    fd = p.stdout.fileno()
    first = marker = None
    buf = b""
    deadline = time.monotonic() + args.timeout
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            r, _, _ = select.select([fd], [], [], left)
            if not r:
                continue
            chunk = os.read(fd, 65536)
            now = time.perf_counter_ns()
            if not chunk:
                break
            if first is None:
                first = now
            if marker is None and until is not None:
                buf += chunk
                if until.search(buf):
                    marker = now
                    if args.kill_on_match:
                        break
        if not timed_out and not (args.kill_on_match and marker is not None):
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        end = time.perf_counter_ns()
    except subprocess.TimeoutExpired:
        timed_out = True
        end = time.perf_counter_ns()
    finally:
        kill_group(p)
        if args.stdin is not None and args.hold_stdin:
            try:
                p.stdin.close()
            except OSError:
                pass
    sec = lambda t: None if t is None else (t - t0) / 1e9
    if args.echo:
        sys.stderr.write(buf.decode("utf-8", "replace") if until else "")
    return {"first_byte": sec(first), "marker": sec(marker), "exit": sec(end), "rc": p.returncode,
            "timed_out": timed_out, "marker_found": marker is not None or until is None}


def cmd_time(args):
    runs = []
    for i in range(args.warmup + args.runs):
        sh(args.prepare)
        r = one_timed_run(args)
        sh(args.cleanup)
        if i >= args.warmup:
            runs.append(r)
        print(f"  run {i + 1 - args.warmup if i >= args.warmup else 'warmup'}: first byte "
              f"{r['first_byte']}, marker {r['marker']}, exit {r['exit']:.3f} s", file=sys.stderr)
    out = {"runs": runs,
           "first_byte": stats([r["first_byte"] for r in runs]),
           "marker": stats([r["marker"] for r in runs]),
           "exit": stats([r["exit"] for r in runs if not r["timed_out"]]),
           "failures": sum(1 for r in runs if r["timed_out"] or not r["marker_found"])}
    json.dump(out, sys.stdout)
    print()


def descendants(pid):
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [pid]
    while todo:
        q = todo.pop()
        out.append(q)
        todo.extend(children.get(q, []))
    return out


def jvm_of(pid):
    for q in descendants(pid):
        try:
            with open(f"/proc/{q}/comm") as f:
                if f.read().strip() == "java":
                    return q
        except OSError:
            pass
    return None


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return None


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def one_pty_run(args):
    prompt = re.compile(args.prompt.encode())
    until = re.compile(args.until.encode(), re.M) if args.until else None
    master, slave = pty.openpty()
    t0 = time.perf_counter_ns()
    p = subprocess.Popen(args.cmd, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                         env=child_env(args))
    os.close(slave)
    buf = b""
    res = {"prompt": None, "marker": None, "exit": None, "rss_mb": None, "hwm_mb": None, "pss_mb": None}
    sec = lambda t: (t - t0) / 1e9
    deadline = time.monotonic() + args.timeout
    try:
        def drain(until_time, pattern=None, start=0):
            """Reads output until `pattern` matches after offset `start` (returns its time), the process
            ends ('eof') or until_time passes (None)."""
            nonlocal buf
            while time.monotonic() < until_time:
                r, _, _ = select.select([master], [], [], max(0.0, min(0.2, until_time - time.monotonic())))
                if r:
                    try:
                        chunk = os.read(master, 65536)
                    except OSError:
                        chunk = b""
                    if not chunk:
                        return "eof"
                    buf += chunk
                    if pattern is not None and pattern.search(buf, start):
                        return time.perf_counter_ns()
                elif p.poll() is not None:
                    return "eof"
            return None

        t = drain(deadline, prompt)
        if not isinstance(t, int):
            raise RuntimeError("no prompt; output was: " + buf[-2000:].decode("utf-8", "replace"))
        res["prompt"] = sec(t)
        if args.input:
            typed = args.input.encode().decode("unicode_escape").encode()
            retry = re.compile(args.retry_on.encode()) if getattr(args, "retry_on", None) else None
            res["retries"] = 0
            while True:
                mark = len(buf)
                os.write(master, typed)
                if retry is None:
                    t = drain(deadline, until, mark)
                else:
                    either = re.compile(b"(?:" + until.pattern + b")|(?P<retry>" + retry.pattern + b")", re.M)
                    t = drain(deadline, either, mark)
                    if isinstance(t, int) and either.search(buf, mark).group("retry") is not None:
                        # the shell is up but the command is not there yet: type it again, as a person would
                        res["retries"] += 1
                        drain(time.monotonic() + args.retry_delay)
                        continue
                break
            if not isinstance(t, int):
                raise RuntimeError("no command output; output was: " + buf[-2000:].decode("utf-8", "replace"))
            res["marker"] = sec(t)
        if args.rss:
            drain(time.monotonic() + args.settle)
            jvm = jvm_of(p.pid)
            if jvm is None:
                raise RuntimeError("no java process under " + str(p.pid))
            res["rss_mb"] = status_kb(jvm, "VmRSS") / 1024
            res["hwm_mb"] = status_kb(jvm, "VmHWM") / 1024
            pss = pss_kb(jvm)
            res["pss_mb"] = None if pss is None else pss / 1024
            if args.during:
                subprocess.run(args.during.replace("{pid}", str(jvm)), shell=True, check=False)
        if args.exit_input:
            os.write(master, args.exit_input.encode().decode("unicode_escape").encode())
            if drain(time.monotonic() + 30) == "eof":
                p.wait(timeout=30)
                res["exit"] = sec(time.perf_counter_ns())
    finally:
        kill_group(p)
        os.close(master)
    if args.echo:
        sys.stderr.write(buf.decode("utf-8", "replace"))
    return res


def cmd_pty(args):
    runs = []
    for i in range(args.warmup + args.runs):
        sh(args.prepare)
        r = one_pty_run(args)
        sh(args.cleanup)
        if i >= args.warmup:
            runs.append(r)
        print(f"  run {i + 1 - args.warmup if i >= args.warmup else 'warmup'}: " + ", ".join(
            f"{k} {v:.3f}" for k, v in r.items() if v is not None), file=sys.stderr)
    out = {"runs": runs}
    for k in ("prompt", "marker", "exit", "rss_mb", "hwm_mb", "pss_mb"):
        out[k] = stats([r[k] for r in runs])
    json.dump(out, sys.stdout)
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--runs", type=int, default=10)
    common.add_argument("--prepare", help="shell command run before each run (not timed)")
    common.add_argument("--cleanup", help="shell command run after each run (not timed)")
    common.add_argument("--timeout", type=float, default=120.0)
    common.add_argument("--echo", action="store_true", help="copy the output to stderr (debugging)")
    t = sub.add_parser("time", parents=[common])
    t.add_argument("--warmup", type=int, default=1)
    t.add_argument("--stdin", help="text written to stdin (backslash escapes allowed), then closed")
    t.add_argument("--hold-stdin", action="store_true", help="keep stdin open after --stdin")
    t.add_argument("--until", help="regex: the command's output; its first match is the 'marker' time")
    t.add_argument("--kill-on-match", action="store_true", help="kill the process group at the marker")
    r = sub.add_parser("pty", parents=[common])
    r.add_argument("--warmup", type=int, default=0)
    r.add_argument("--prompt", required=True, help="regex of the interactive prompt")
    r.add_argument("--input", help="typed as soon as the prompt shows (backslash escapes allowed)")
    r.add_argument("--until", help="regex: the output of --input; its first match is the 'marker' time")
    r.add_argument("--retry-on", help="regex: the shell says the command is not there yet; type it again")
    r.add_argument("--retry-delay", type=float, default=0.2, help="seconds before typing it again")
    r.add_argument("--rss", action="store_true", help="read the JVM's RSS after --settle idle seconds")
    r.add_argument("--settle", type=float, default=5.0, help="idle seconds at the prompt before reading RSS")
    r.add_argument("--during", help="shell command run after the RSS reading, while the JVM idles ({pid}: its pid)")
    r.add_argument("--exit-input", help="typed at the end, e.g. 'exit\\n'; 'exit' is the time the process ends")
    for s in (t, r):
        s.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    if args.cmd and args.cmd[0] == "--":
        args.cmd = args.cmd[1:]
    if not args.cmd:
        ap.error("no command")
    (cmd_time if args.what == "time" else cmd_pty)(args)


if __name__ == "__main__":
    main()
