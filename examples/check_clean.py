#!/usr/bin/env python3
"""check_clean.py EXE: runs an example with CO_LEAKCHECK=1 and checks that it
exits 0 and reports no leak (no "co: leak:" line, no panic or deadlock)."""
import os
import subprocess
import sys

env = dict(os.environ, CO_LEAKCHECK="1")
p = subprocess.run([sys.argv[1]], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
err = p.stderr.decode(errors="replace")
sys.stdout.write(p.stdout.decode(errors="replace"))
bad = [l for l in err.splitlines()
       if l.startswith(("co: leak:", "panic:", "fatal error:"))]
if p.returncode != 0 or bad:
    print(f"exit status {p.returncode}; stderr:\n{err}")
    sys.exit(1)
