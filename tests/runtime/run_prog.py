#!/usr/bin/env python3
"""run_prog.py: runs one libcort test program (tests/runtime/progs/*.c) as a
subprocess and checks it against the expectations written in its header
comment, for CO_PROCS=1 and CO_PROCS=4:

  expect-exit: N          exit status N
  expect-signal: SIGABRT  killed by that signal
  expect-leaks: N         exactly N stderr lines start with "co: leak:"
  expect-stderr-empty     nothing at all on stderr
  expect: REGEX           re.search(REGEX, stderr, re.M) must match; in REGEX
                          {FILE} is the program's file name (any directory
                          prefix) and {@NAME} the line of the /* @NAME */ marker
  tsan: race | norace     TSan build only: a data race report, or none
  env: NAME=VALUE         extra environment for the program

Usage: run_prog.py EXE SOURCE [--tsan-build yes|no]. Exit 77 = skipped."""
import os
import re
import signal
import subprocess
import sys


def parse(source):
    text = open(source).read()
    header = text.split("*/", 1)[0]
    markers = {}
    for no, line in enumerate(text.splitlines(), 1):
        for m in re.finditer(r"/\*\s*@(\w+)\s*\*/", line):
            markers[m.group(1)] = no
    exp = {"exit": None, "signal": None, "leaks": None, "empty": False, "res": [], "tsan": None,
           "env": {}}
    for line in header.splitlines():
        line = line.strip().lstrip("/*").strip()
        key, _, val = line.partition(":")
        val = val.strip()
        if key == "expect-exit":
            exp["exit"] = int(val)
        elif key == "expect-signal":
            exp["signal"] = getattr(signal, val)
        elif key == "expect-leaks":
            exp["leaks"] = int(val)
        elif line == "expect-stderr-empty":
            exp["empty"] = True
        elif key == "expect":
            exp["res"].append(val)
        elif key == "tsan":
            exp["tsan"] = val
        elif key == "env":
            name, _, value = val.partition("=")
            exp["env"][name] = value
    name = re.escape(os.path.basename(source))

    def subst(rx):
        rx = rx.replace("{FILE}", r"(?:[^\s:()]*/)?" + name)

        def mark(m):
            if m.group(1) not in markers:
                sys.exit(f"{source}: no /* @{m.group(1)} */ marker")
            return str(markers[m.group(1)])
        return re.sub(r"\{@(\w+)\}", mark, rx)
    exp["res"] = [subst(r) for r in exp["res"]]
    return exp


def run(exe, procs, extra_env):
    env = dict(os.environ)
    env.update({"CO_PROCS": str(procs), "CO_LEAKCHECK": "1"})
    env.update(extra_env)
    try:
        p = subprocess.run([exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after 60 s"
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def check(exp, rc, err):
    problems = []
    if rc is None:
        return ["timed out"]
    if exp["exit"] is not None and rc != exp["exit"]:
        problems.append(f"exit status {rc}, expected {exp['exit']}")
    if exp["signal"] is not None and rc != -exp["signal"]:
        problems.append(f"exit status {rc}, expected death by signal {exp['signal']}")
    leaks = [l for l in err.splitlines() if l.startswith("co: leak:")]
    if exp["leaks"] is not None and len(leaks) != exp["leaks"]:
        problems.append(f"{len(leaks)} 'co: leak:' lines, expected {exp['leaks']}")
    if exp["empty"] and err.strip():
        problems.append("stderr should be empty")
    for rx in exp["res"]:
        if not re.search(rx, err, re.M):
            problems.append(f"stderr does not match /{rx}/")
    return problems


def main():
    exe, source = sys.argv[1], sys.argv[2]
    tsan_build = len(sys.argv) > 4 and sys.argv[3] == "--tsan-build" and sys.argv[4] == "yes"
    exp = parse(source)
    extra = dict(exp["env"])
    if exp["tsan"]:
        if not tsan_build:
            print("skipped: not a TSan build")
            return 77
        extra["TSAN_OPTIONS"] = "halt_on_error=0:exitcode=66"
    elif exp["exit"] != 0 or exp["signal"] is not None:
        # The program leaks, deadlocks or aborts on purpose: LeakSanitizer
        # would only add noise and change the exit status.
        opts = os.environ.get("ASAN_OPTIONS", "")
        extra["ASAN_OPTIONS"] = (opts + ":" if opts else "") + "detect_leaks=0"
    failed = False
    for procs in (1, 4):
        rc, out, err = run(exe, procs, extra)
        if exp["tsan"]:
            raced = "WARNING: ThreadSanitizer: data race" in err
            problems = []
            if exp["tsan"] == "race" and not raced:
                problems.append("no TSan data race report")
            if exp["tsan"] == "norace" and (raced or rc != 0):
                problems.append(f"unexpected TSan report or exit status {rc}")
        else:
            problems = check(exp, rc, err)
        status = "ok" if not problems else "FAIL"
        print(f"{os.path.basename(source)} CO_PROCS={procs}: {status} (exit {rc})")
        if problems:
            failed = True
            for p in problems:
                print("  - " + p)
            print("  stderr:\n" + "\n".join("    | " + l for l in err.splitlines()[:60]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
