#!/usr/bin/env python3
"""Runs cvet over a directory of mutants (from mutate.py) and classifies them.

A crash is a sanitizer report, a signal, or an exit code outside {0,1,3};
a hang is a timeout; bad output is JSON/SARIF that does not parse.
Prints one line per problem and a summary; exit 1 if anything was found.

usage: fuzz.py --cvet PATH --dir MUTANTS [--jobs 2] [--timeout 20] [--sarif-every 5]
"""
import argparse
import concurrent.futures
import glob
import json
import os
import subprocess
import sys

SAN_MARKERS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer",
               "AddressSanitizer:DEADLYSIGNAL", "UndefinedBehaviorSanitizer")


def run_one(cvet, path, fmt, timeout, extra=()):
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    cmd = [cvet, "--format", fmt, "-j1", *extra, path]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return ("hang", fmt, "timeout after %ss" % timeout)
    except OSError as e:  # e.g. cvet being relinked under us
        return ("harness", fmt, "could not run cvet: %s" % e)
    err = p.stderr.decode("utf-8", "replace")
    if any(m in err for m in SAN_MARKERS):
        return ("crash", fmt, "sanitizer (rc %d)\n%s" % (p.returncode, err[-6000:]))
    if p.returncode < 0 or p.returncode not in (0, 1, 3):
        return ("crash", fmt, "rc %d\n%s" % (p.returncode, err[-3000:]))
    if fmt in ("json", "sarif"):
        try:
            doc = json.loads(p.stdout.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            return ("badjson", fmt, str(e))
        if fmt == "sarif" and not (isinstance(doc, dict) and doc.get("version") == "2.1.0"
                                   and isinstance(doc.get("runs"), list)):
            return ("badjson", fmt, "not a SARIF 2.1.0 log")
    return ("ok", fmt, "rc %d" % p.returncode)


def check(cvet, path, timeout, sarif, dump_ir):
    res = [run_one(cvet, path, "json", timeout)]
    if sarif:
        res.append(run_one(cvet, path, "sarif", timeout))
        res.append(run_one(cvet, path, "text", timeout))
    if dump_ir:
        res.append(run_one(cvet, path, "text", timeout, ("--dump-ir",)))
    return path, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cvet", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--sarif-every", type=int, default=5)
    ap.add_argument("--dump-ir-every", type=int, default=10)
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.dir, "*.c")))
    counts = {}
    rcs = {}
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        futs = [ex.submit(check, a.cvet, f, a.timeout,
                          a.sarif_every and k % a.sarif_every == 0,
                          a.dump_ir_every and k % a.dump_ir_every == 0)
                for k, f in enumerate(files)]
        for fu in concurrent.futures.as_completed(futs):
            path, res = fu.result()
            for kind, fmt, info in res:
                counts[kind] = counts.get(kind, 0) + 1
                if kind == "ok":
                    rcs[info] = rcs.get(info, 0) + 1
                else:
                    bad += 1
                    print("%s %s [%s] %s" % (kind.upper(), path, fmt, info.splitlines()[0]))
                    with open(path + ".%s.%s.log" % (kind, fmt), "w") as fh:
                        fh.write(info)
            sys.stdout.flush()
    print("files %d, runs %s, ok exit codes %s" % (len(files), counts, rcs))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
