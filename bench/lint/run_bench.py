#!/usr/bin/env python3
"""run_bench.py CVET [--files N] [--runs R] [--keep DIR]: the lint speed
benchmark. Generates the correct-program tree (gen_lint_tree.py), then
times, on the same files with the same arguments, in one run each:
  cvet -j1 --enable '*' --format json TREE      (parse + IR + every rule)
  clang-19 -fsyntax-only -std=gnu11 -I<co.h dir> FILES   (parse only)
with hyperfine when installed (else the best of R timed runs), and prints
both times and their ratio (the target is <= 1.2)."""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RUNTIME = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'runtime'))


def best_of(cmd, runs, cwd):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return min(times), sum(times) / len(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('cvet')
    ap.add_argument('--files', type=int, default=36)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--clang', default=shutil.which('clang-19') or 'clang')
    ap.add_argument('--keep', help='generate the tree here and keep it')
    args = ap.parse_args()
    cvet = os.path.abspath(args.cvet)
    tree = args.keep or tempfile.mkdtemp(prefix='cvet-lint-')
    subprocess.run([sys.executable, os.path.join(HERE, 'gen_lint_tree.py'), tree, '--files', str(args.files)],
                   check=True)
    files = sorted(os.path.relpath(f, tree) for f in glob.glob(os.path.join(tree, '*', '*.c')))
    lines = sum(open(os.path.join(tree, f)).read().count('\n') for f in files)
    cvet_cmd = [cvet, '-j1', '--enable', '*', '--format', 'json', '--fail-on', 'never', '-o', os.devnull] + files
    clang_cmd = [args.clang, '-fsyntax-only', '-std=gnu11', '-I', RUNTIME] + files
    # The same libclang parse and IR lowering with no rule: what the rules cost on top.
    parse_cmd = [cvet, '-j1', '--disable', '*', '--format', 'json', '--fail-on', 'never', '-o', os.devnull] + files
    # Sanity: both must succeed on the tree.
    r = subprocess.run(cvet_cmd[:-len(files)] + ['-o', '/dev/stdout'] + files, cwd=tree, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print('cvet failed (%d): %s' % (r.returncode, r.stderr[-2000:]))
        return 1
    c = subprocess.run(clang_cmd, cwd=tree, capture_output=True, text=True)
    if c.returncode != 0:
        print('clang failed: %s' % c.stderr[-2000:])
        return 1
    print('tree: %d files, %d lines (%s)' % (len(files), lines, tree))
    if shutil.which('hyperfine'):
        out = os.path.join(tree, 'hyperfine.json')
        q = lambda cmd: ' '.join("'%s'" % a if '*' in a else a for a in cmd)
        subprocess.run(['hyperfine', '--warmup', '1', '--runs', str(args.runs), '--export-json', out, '-N',
                        '-n', 'cvet -j1', q(cvet_cmd), '-n', 'clang -fsyntax-only', q(clang_cmd),
                        '-n', 'cvet -j1 no rules', q(parse_cmd)],
                       cwd=tree, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out) as f:
            res = {r['command']: r for r in json.load(f)['results']}
        tc, tl = res['cvet -j1']['mean'], res['clang -fsyntax-only']['mean']
        cc_ = res['cvet -j1']['user'] + res['cvet -j1']['system']
        cl_ = res['clang -fsyntax-only']['user'] + res['clang -fsyntax-only']['system']
        how = 'hyperfine mean of %d runs' % args.runs
        cp_ = res['cvet -j1 no rules']['user'] + res['cvet -j1 no rules']['system']
        print('CPU (user+sys): cvet %.3f s, clang %.3f s, ratio %.2fx' % (cc_, cl_, cc_ / cl_))
        print('CPU (user+sys): cvet with no rule (libclang parse + IR) %.3f s: all rules cost %.2fx of that'
              % (cp_, cc_ / cp_))
    else:
        tc, _ = best_of(cvet_cmd, args.runs, tree)
        tl, _ = best_of(clang_cmd, args.runs, tree)
        tp, _ = best_of(parse_cmd, args.runs, tree)
        print('cvet -j1 with no rule (parse + IR): %.3f s' % tp)
        how = 'best of %d runs' % args.runs
    print('cvet -j1 (all rules):    %.3f s' % tc)
    print('clang -fsyntax-only:     %.3f s' % tl)
    print('ratio cvet/parse-only:   %.2fx (%s; target <= 1.2x)' % (tc / tl, how))
    if not args.keep:
        shutil.rmtree(tree, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
