#!/usr/bin/env python3
"""Robustness regression suite: cvet on hostile inputs must not crash or hang.

Runs cvet with every rule enabled on all files of a corpus directory, once per
output format (json, sarif, text, gcc) and once with --dump-ir. Fails on a
sanitizer report, a signal, an exit code outside {0,1,3}, a timeout, output
that is not valid JSON / SARIF 2.1.0 (schema-checked when jsonschema and the
schema are available), or a file that is silently skipped (the JSON report
must count every file, and every failed file must carry an error
notification). On a failure, each file is re-run alone to name the culprit.

usage: run_corpus.py --cvet PATH --corpus DIR [--schema SARIF_SCHEMA] [--timeout S]
"""
import argparse
import glob
import json
import os
import subprocess
import sys

SAN_MARKERS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer",
               "AddressSanitizer:DEADLYSIGNAL", "UndefinedBehaviorSanitizer",
               "ThreadSanitizer")
FORMATS = ("json", "sarif", "text", "gcc", "dump-ir")


def run(cvet, files, fmt, timeout):
    """Returns a problem string, or None when the run is healthy."""
    cmd = [cvet, "-j2", "--enable", "*"]
    cmd += ["--dump-ir"] if fmt == "dump-ir" else ["--format", fmt]
    cmd += files
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "hang: no exit after %ss" % timeout, None
    err = p.stderr.decode("utf-8", "replace")
    if any(m in err for m in SAN_MARKERS):
        return "sanitizer report (exit %d):\n%s" % (p.returncode, err[-4000:]), None
    if p.returncode not in (0, 1, 3):
        return "exit code %d (signal or unexpected):\n%s" % (p.returncode, err[-2000:]), None
    if fmt in ("json", "sarif"):
        try:
            return None, json.loads(p.stdout.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            return "invalid %s output: %s" % (fmt, e), None
    return None, None


def check_json(doc, files):
    if not isinstance(doc, dict) or not isinstance(doc.get("files"), dict):
        return "json: no 'files' object"
    c = doc["files"]
    if c.get("total") != len(files) or c.get("analysed", 0) + c.get("failed", 0) != len(files):
        return "json: files %s, expected %d in total, each analysed or failed" % (c, len(files))
    notes = doc.get("notifications", [])
    failed = {n.get("file") for n in notes if n.get("level") == "error"}
    if len(failed) < c.get("failed", 0):
        return "json: %d files failed but only %d carry an error notification" % (c["failed"], len(failed))
    return None


def check_sarif(doc, validator):
    if not (isinstance(doc, dict) and doc.get("version") == "2.1.0" and isinstance(doc.get("runs"), list)):
        return "sarif: not a SARIF 2.1.0 log"
    if validator:
        errs = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errs:
            e = errs[0]
            return "sarif: schema violation at %s: %s" % ("/".join(map(str, e.path)), e.message[:300])
    return None


def check_all(cvet, files, fmt, timeout, validator):
    prob, doc = run(cvet, files, fmt, timeout)
    if prob:
        return prob
    if fmt == "json":
        return check_json(doc, files)
    if fmt == "sarif":
        return check_sarif(doc, validator)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cvet", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--schema")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.corpus, "*.c")))
    if not files:
        print("no corpus files in", a.corpus)
        return 1
    validator = None
    if a.schema and os.path.exists(a.schema):
        try:
            import jsonschema
            with open(a.schema) as fh:
                schema = json.load(fh)
            validator = jsonschema.Draft4Validator(schema)
        except ImportError:
            print("note: python3-jsonschema missing; SARIF checked for shape only")
    failures = 0
    for fmt in FORMATS:
        prob = check_all(a.cvet, files, fmt, a.timeout, validator)
        if not prob:
            print("ok   %-8s %d files" % (fmt, len(files)))
            continue
        print("FAIL %-8s all files: %s" % (fmt, prob.splitlines()[0]))
        # name the culprit(s)
        for f in files:
            p = check_all(a.cvet, [f], fmt, a.timeout, validator)
            if p:
                failures += 1
                print("FAIL %-8s %s: %s" % (fmt, f, p))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
