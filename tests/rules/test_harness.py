#!/usr/bin/env python3
"""test_harness.py HARNESS-ARGS...: self-test of run_testdata.py on the
fixtures: a matching file passes; a missing expectation and an unexpected
finding each make it fail, and the failure names what differs."""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
harness = os.path.join(here, 'run_testdata.py')
fixtures = os.path.join(here, 'fixtures')
args = sys.argv[1:]


def run(case):
    p = subprocess.run([sys.executable, harness] + args + [os.path.join(fixtures, case, 'unused-suppression')],
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


failures = []
rc, out = run('pass')
if rc != 0:
    failures.append('pass fixture failed:\n' + out)
rc, out = run('missing')
if rc != 1 or 'want unused-suppression "a finding that is never reported"' not in out or 'missing (expected' not in out:
    failures.append('missing-expectation fixture did not fail as it should (rc %d):\n%s' % (rc, out))
rc, out = run('unexpected')
if rc != 1 or "unknown rule 'no-such-rule'" not in out or 'unexpected (reported' not in out:
    failures.append('unexpected-finding fixture did not fail as it should (rc %d):\n%s' % (rc, out))
for f in failures:
    print('FAIL ' + f)
print('harness self-test: %s' % ('FAILED' if failures else 'ok'))
sys.exit(1 if failures else 0)
