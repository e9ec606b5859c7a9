#!/usr/bin/env python3
"""run_testdata.py: the testdata harness (go/analysis analysistest style).

For every testdata/<rule-id>/*.c given (directories or single files):
  1. the file must compile: cc -std=gnu11 -fsyntax-only -I<runtime>;
  2. `cvet --format json --disable '*' --enable <rule-id> FILE` must report
     exactly the findings the file's `// want "REGEX" ["REGEX"...]` comments
     expect on their lines (Python re.search on the message); a missing or
     an unexpected finding fails, and both lists are printed;
  3. a `// run: leak|deadlock|panic` first line marks a bug program: it is
     built with libcort and -g, run with CO_LEAKCHECK=1 CO_PROCS=2 under a
     timeout, and must show that bug; a silent file with main() must run
     clean (exit 0, no `co: leak`). Without --libcort the run step is skipped
     with a message.

Usage: run_testdata.py --cvet BUILD/cvet [--runtime-include DIR] [--cc CC]
                       [--libcort libcort.a --link-flags "-lpthread -ldw"]
                       PATH...   (testdata/<rule-id>/ directories or files)
Exit status 0 when every file passes, 1 otherwise.
"""
import argparse
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile

WANT_RE = re.compile(r'//\s*want\s+(.*)$')
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
RUN_RE = re.compile(r'^\s*//\s*run:\s*(leak|deadlock|panic)\b')
MAIN_RE = re.compile(r'^\s*int\s+main\s*\(', re.M)
RUN_TIMEOUT = 20


def parse_wants(text):
    """{line: [regex, ...]} from `// want "a" "b"` comments. Inside the quotes
    only \\" is unescaped; other backslashes are regex escapes."""
    wants = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = WANT_RE.search(line)
        if not m:
            continue
        pats = [p.replace('\\"', '"') for p in QUOTED_RE.findall(m.group(1))]
        if pats:
            wants.setdefault(n, []).extend(pats)
    return wants


def check_findings(path, rule, text, findings):
    """Returns a list of problem strings (empty = pass)."""
    wants = parse_wants(text)
    real = os.path.realpath(path)
    got = [f for f in findings if not f.get('suppressed')]
    unexpected, missing = [], []
    remaining = list(got)
    for line, pats in sorted(wants.items()):
        for pat in pats:
            try:
                rx = re.compile(pat)
            except re.error as e:
                missing.append('%s:%d: bad want regex %r: %s' % (path, line, pat, e))
                continue
            hit = None
            for f in remaining:
                if (f['line'] == line and f['rule'] == rule and os.path.realpath(f['file']) == real
                        and rx.search(f['message'])):
                    hit = f
                    break
            if hit:
                remaining.remove(hit)
            else:
                missing.append('%s:%d: want %s "%s"' % (path, line, rule, pat))
    for f in remaining:
        unexpected.append('%s:%d:%d: %s [%s]' % (f['file'], f['line'], f['column'], f['message'], f['rule']))
    problems = []
    if missing or unexpected:
        problems.append('findings differ from the // want expectations')
        problems.append('  missing (expected, not reported):')
        problems.extend('    ' + m for m in missing or ['(none)'])
        problems.append('  unexpected (reported, not expected):')
        problems.extend('    ' + u for u in unexpected or ['(none)'])
        problems.append('  all findings reported:')
        problems.extend('    %s:%d:%d: %s [%s]' % (f['file'], f['line'], f['column'], f['message'], f['rule'])
                        for f in got)
        if not got:
            problems.append('    (none)')
    return problems


def run_program(args, path, kind, has_wants):
    """Builds and runs a bug program or a silent program with main."""
    with tempfile.TemporaryDirectory(prefix='cvet-run-') as tmp:
        exe = os.path.join(tmp, 'prog')
        cmd = shlex.split(args.cc) + ['-std=gnu11', '-g', '-O0', '-I', args.runtime_include, path, args.libcort,
               '-o', exe] + shlex.split(args.link_flags)
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            return ['build failed: %s\n%s' % (' '.join(cmd), p.stderr)]
        env = dict(os.environ, CO_LEAKCHECK='1', CO_PROCS='2')
        # Bug programs leak on purpose (abandoned goroutines); LeakSanitizer
        # would turn that into its own exit status.
        env['ASAN_OPTIONS'] = (env.get('ASAN_OPTIONS', '') + ':detect_leaks=0').lstrip(':')
        try:
            r = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT,
                               errors='replace')
        except subprocess.TimeoutExpired:
            return ['run: timed out after %ds (expected %s)' % (RUN_TIMEOUT, kind or 'a clean exit')]
        err = r.stderr
        tail = '\n'.join(err.splitlines()[-15:])
        if kind == 'leak':
            ok = r.returncode == 1 and 'co: leak:' in err
        elif kind == 'deadlock':
            ok = r.returncode == 2 and 'fatal error: all goroutines are asleep - deadlock!' in err
        elif kind == 'panic':
            ok = r.returncode == -signal.SIGABRT and 'panic: ' in err
        else:
            ok = r.returncode == 0 and 'co: leak' not in err
        if not ok:
            return ['run: expected %s, got exit status %d; stderr:\n%s' % (
                {'leak': 'a leak report and exit 1', 'deadlock': 'the deadlock message and exit 2',
                 'panic': 'a panic and SIGABRT'}.get(kind, 'exit 0 without leaks'), r.returncode, tail)]
    return []


def check_file(args, path):
    rule = os.path.basename(os.path.dirname(os.path.abspath(path)))
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    problems = []
    cc = shlex.split(args.cc) + ['-std=gnu11', '-fsyntax-only', '-I', args.runtime_include, path]
    p = subprocess.run(cc, capture_output=True, text=True)
    if p.returncode != 0:
        problems.append('does not compile cleanly: %s\n%s' % (' '.join(cc), p.stderr))
    cmd = [args.cvet, '--format', 'json', '--disable', '*', '--enable', rule, path]
    r = subprocess.run(cmd, capture_output=True, text=True, errors='replace')
    if r.returncode not in (0, 1):
        problems.append('cvet exited %d (expected 0 or 1): %s\n%s%s' % (
            r.returncode, ' '.join(shlex.quote(c) for c in cmd), r.stderr, r.stdout[-3000:]))
    else:
        try:
            out = json.loads(r.stdout)
        except ValueError as e:
            out = None
            problems.append('cvet printed invalid JSON: %s' % e)
        if out is not None:
            for n in out.get('notifications', []):
                if n['level'] == 'error':
                    problems.append('cvet could not analyse it: %s:%d: %s' % (n['file'], n['line'], n['message']))
            problems += check_findings(path, rule, text, out.get('findings', []))
    first = text.splitlines()[0] if text else ''
    m = RUN_RE.match(first)
    kind = m.group(1) if m else None
    wants = parse_wants(text)
    if kind or (not wants and MAIN_RE.search(text)):
        if not args.libcort or not os.path.exists(args.libcort):
            print('  SKIP run step of %s: libcort is not built (pass --libcort)' % path)
        else:
            problems += run_program(args, path, kind, bool(wants))
    return problems


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith('.c'))
        else:
            files.append(p)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cvet', default=os.environ.get('CVET', 'cvet'))
    ap.add_argument('--runtime-include', default=os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'runtime'))
    ap.add_argument('--cc', default=os.environ.get('CC', 'cc'))
    ap.add_argument('--libcort', default='')
    ap.add_argument('--link-flags', default='-lpthread -ldw')
    ap.add_argument('paths', nargs='+')
    args = ap.parse_args()
    files = collect(args.paths)
    if not files:
        print('no .c files under %s' % ' '.join(args.paths))
        return 1
    failed = 0
    for path in files:
        problems = check_file(args, path)
        if problems:
            failed += 1
            print('FAIL %s' % path)
            for pr in problems:
                print('  ' + pr.replace('\n', '\n  '))
        else:
            print('ok   %s' % path)
    print('%d/%d files passed' % (len(files) - failed, len(files)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
