#!/usr/bin/env python3
"""lint_fp_test.py CVET: no false positives at scale (meson suite 'lint-fp').
Generates the tree of correct programs (gen_lint_tree.py) and runs cvet with
every rule enabled; any finding, or any file cvet could not analyse, fails
the test and is printed."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cvet = os.path.abspath(sys.argv[1])
    tree = tempfile.mkdtemp(prefix='cvet-lintfp-')
    try:
        subprocess.run([sys.executable, os.path.join(HERE, 'gen_lint_tree.py'), tree], check=True)
        r = subprocess.run([cvet, '--enable', '*', '--format', 'json', '--config', os.path.join(HERE, 'empty.json'), '.'],
                           cwd=tree, capture_output=True, text=True)
        try:
            out = json.loads(r.stdout)
        except ValueError:
            print('cvet exited %d without JSON output: %s' % (r.returncode, r.stderr[-3000:]))
            return 1
        bad = [f for f in out['findings'] if not f['suppressed']]
        errors = [n for n in out['notifications'] if n['level'] == 'error']
        for f in bad:
            print('false positive: %s:%d:%d: %s [%s]' % (f['file'], f['line'], f['column'], f['message'], f['rule']))
        for n in errors:
            print('not analysed: %s:%d: %s' % (n['file'], n['line'], n['message']))
        print('%d files, %d rules, %d findings, %d files not analysed (exit %d)' % (
            out['files']['total'], len(out['rules']), len(bad), len(errors), r.returncode))
        return 0 if not bad and not errors and r.returncode == 0 and out['files']['total'] > 0 else 1
    finally:
        shutil.rmtree(tree, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
