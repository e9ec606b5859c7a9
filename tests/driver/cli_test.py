#!/usr/bin/env python3
"""cli_test.py CVET SRCROOT [--update-golden]: end-to-end tests of the cvet
command line (meson suite 'cli'): exit codes, the four formats against
golden files (tests/driver/golden/, absolute paths normalised), SARIF
validity (the shared validator, or the copy in tests/driver/sarif/), config
errors, suppressions, -j1 vs -j4, parse errors as notifications,
compile_commands.json projects, directory walking and hostile inputs.
Each case runs in its own temporary directory."""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

CVET = os.path.abspath(sys.argv[1])
SRCROOT = os.path.abspath(sys.argv[2])
UPDATE = '--update-golden' in sys.argv
HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, 'golden')
ONLY = [a for a in sys.argv[3:] if not a.startswith('--')]

failures = []
current = ['']


def fail(msg):
    failures.append('%s: %s' % (current[0], msg))
    print('  FAIL: ' + msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


def run(args, cwd, env=None, timeout=120):
    e = dict(os.environ)
    e.pop('NO_COLOR', None)
    if env:
        e.update(env)
    p = subprocess.run([CVET] + args, cwd=cwd, capture_output=True, timeout=timeout, env=e)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def write(root, rel, text, mode='w'):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)
    return path


def no_crash(rc, err):
    check(rc in (0, 1, 2, 3), 'exit status %d (a crash?); stderr: %s' % (rc, err[-2000:]))
    for word in ('Segmentation', 'AddressSanitizer', 'runtime error:', 'Aborted', 'core dumped'):
        check(word not in err, 'stderr mentions %r: %s' % (word, err[-2000:]))


# ---- Source snippets --------------------------------------------------------
ECS = """#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int n;

void bump(void) {
    n++;
    co_mutex_lock(&mu);
    co_mutex_unlock(&mu);
}
"""

SUPPRESSED = """#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;

void fence(void) {
    // cvet:ignore empty-critical-section a fence: waits for the current holder
    co_mutex_lock(&mu);
    co_mutex_unlock(&mu);
}

void stale(void) {
    // cvet:ignore empty-critical-section nothing here any more
    co_mutex_lock(&mu);
    n_ops();
    co_mutex_unlock(&mu);
}

// cvet:ignore empty-critical-section
int no_reason;
// cvet:ignore no-such-rule because
int unknown;
"""
SUPPRESSED = SUPPRESSED.replace('#include <co.h>\n', '#include <co.h>\nvoid n_ops(void);\n', 1)

CLEAN = """#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int total;

void add(int k) {
    co_mutex_lock(&mu);
    total += k;
    co_mutex_unlock(&mu);
}
"""

BROKEN = """#include <co.h>

void f(void) {
    int x = ;
}
"""

RULES = ['--disable', '*', '--enable', 'empty-critical-section,unused-suppression']


def golden_project(root):
    write(root, 'a.c', ECS)
    write(root, 'sub/b.c', SUPPRESSED)
    write(root, 'sub/clean.c', CLEAN)
    write(root, 'sub/broken.c', BROKEN)


def normalise(text, root):
    real = os.path.realpath(root)
    text = text.replace(real, '<ROOT>').replace(root, '<ROOT>')
    return text


# Goldens pin the driver's formats, not the wording of other modules: the
# messages of other rules, their related notes and the frontend's parse
# errors are masked (unused-suppression's messages are the driver's own).
MSG_LINE = re.compile(r'^(\S+?: (?:error|warning|note): )(.*?)( \[[a-z-]+\])?$')


def mask_text(text):
    out, section = [], None
    for line in text.split('\n'):
        if line.startswith('--- '):
            section = line
        m = MSG_LINE.match(line)
        if m and (section == '--- stderr' or m.group(3) != ' [unused-suppression]'):
            line = m.group(1) + '<MESSAGE>' + (m.group(3) or '')
        out.append(line)
    return '\n'.join(out)


def mask_json(j):
    for f in j['findings']:
        if f['rule'] != 'unused-suppression':
            f['message'] = '<MESSAGE>'
        for n in f['related'] + f['path']:
            n['message'] = '<MESSAGE>'
    for n in j['notifications']:
        n['message'] = '<MESSAGE>'


def mask_sarif(run_):
    for r in run_['results']:
        if r['ruleId'] != 'unused-suppression':
            r['message']['text'] = '<MESSAGE>'
        for loc in r.get('relatedLocations', []):
            loc['message']['text'] = '<MESSAGE>'
        for cf in r.get('codeFlows', []):
            for tf in cf['threadFlows']:
                for loc in tf['locations']:
                    if 'message' in loc['location']:
                        loc['location']['message']['text'] = '<MESSAGE>'
    for inv in run_['invocations']:
        for n in inv.get('toolExecutionNotifications', []):
            n['message']['text'] = '<MESSAGE>'


def normalise_sarif(text, root):
    j = json.loads(text)
    for run_ in j['runs']:
        d = run_['tool']['driver']
        d['version'] = d['semanticVersion'] = '<VERSION>'
        mask_sarif(run_)
        for r in d['rules']:   # rule docs change with the rules; the structure is what is pinned
            for k in ('help', 'fullDescription', 'shortDescription'):
                for kk in r.get(k, {}):
                    r[k][kk] = '<TEXT>'
    return normalise(json.dumps(j, indent=1, sort_keys=True), root) + '\n'


def normalise_json(text, root):
    j = json.loads(text)
    j['tool']['version'] = '<VERSION>'
    mask_json(j)
    for r in j['rules']:
        r['short_description'] = '<TEXT>'
    return normalise(json.dumps(j, indent=1, sort_keys=True), root) + '\n'


def compare_golden(name, actual):
    path = os.path.join(GOLDEN, name)
    if UPDATE:
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, 'w') as f:
            f.write(actual)
        return
    try:
        with open(path) as f:
            expected = f.read()
    except OSError:
        fail('no golden file %s (run with --update-golden)' % path)
        return
    if expected != actual:
        import difflib
        diff = ''.join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            'golden/' + name, 'actual'))
        fail('output differs from golden/%s:\n%s' % (name, diff[:6000]))


def validate_sarif(path):
    candidates = [os.path.join(SRCROOT, '..', 'shared', 'sarif'), os.path.join(HERE, 'sarif')]
    for d in candidates:
        v, schema = os.path.join(d, 'validate_sarif.py'), os.path.join(d, 'sarif-schema-2.1.0.json')
        if os.path.exists(v) and os.path.exists(schema):
            p = subprocess.run([sys.executable, v, schema, path], capture_output=True, text=True)
            check(p.returncode == 0, 'SARIF does not validate (%s):\n%s%s' % (v, p.stdout[-4000:], p.stderr[-2000:]))
            return
    fail('no SARIF validator found in %s' % candidates)


# ---- Cases ------------------------------------------------------------------
def case_usage(tmp):
    rc, out, err = run(['--version'], tmp)
    check(rc == 0 and 'cvet ' in out and 'libclang' in out.lower(), '--version: %d %r' % (rc, out))
    rc, out, err = run(['--help'], tmp)
    check(rc == 0 and 'usage: cvet' in out and '--fail-on' in out, '--help: %d' % rc)
    for args, frag in ((['--bogus'], "unknown option '--bogus'"), (['--format', 'xml'], "unknown format 'xml'"),
                       (['-j', '0'], '-j expects'), (['--enable', 'no-such-rule'], "unknown rule 'no-such-rule'"),
                       (['--fail-on', 'loud'], "'loud'"), (['--format'], 'needs a value'),
                       (['--explain', 'nope'], "unknown rule 'nope'"), (['--config', 'missing.json'], 'missing.json')):
        rc, out, err = run(args, tmp)
        check(rc == 2, '%s: exit %d, expected 2' % (args, rc))
        check(frag in err, '%s: stderr lacks %r: %s' % (args, frag, err))
    rc, out, err = run(['--list-rules'], tmp)
    check(rc == 0 and 'unused-suppression' in out and 'empty-critical-section' in out, '--list-rules: %s' % out)
    rc, out, err = run(['--list-rules', '--disable', '*', '--enable', 'unused-suppression'], tmp)
    lines = [l for l in out.splitlines() if l.strip()]
    check(sum(' off ' not in l for l in lines) == 1, 'only one rule on: %s' % out)
    write(tmp, 'a.c', ECS)
    rc, out, err = run(['--dump-ir', 'a.c'], tmp)
    check(rc == 0 and 'co_mutex_lock' in out and 'bump' in out, '--dump-ir: %d %s %s' % (rc, out[-500:], err))
    rc, out, err = run(['--explain', 'unused-suppression'], tmp)
    check(rc == 0 and 'cvet:ignore' in out, '--explain: %d %s' % (rc, out))


def case_golden(tmp):
    golden_project(tmp)
    for fmt in ('text', 'gcc', 'json', 'sarif'):
        rc, out, err = run(['--format', fmt, '-j', '2'] + RULES + ['.'], tmp)
        check(rc == 3, '%s: exit %d, expected 3 (broken.c is not analysable)' % (fmt, rc))
        if fmt in ('text', 'gcc'):
            check('broken.c' in err and 'error' in err, '%s: parse error not on stderr: %s' % (fmt, err))
            compare_golden('project.' + fmt,
                           mask_text(normalise('exit: %d\n--- stdout\n%s--- stderr\n%s' % (rc, out, err), tmp)))
        elif fmt == 'json':
            compare_golden('project.json', normalise_json(out, tmp))
        else:
            compare_golden('project.sarif', normalise_sarif(out, tmp))
            path = write(tmp, 'out.sarif', out)
            validate_sarif(path)
            j = json.loads(out)
            inv = j['runs'][0]['invocations'][0]
            check(inv['executionSuccessful'] is False, 'executionSuccessful should be false')
            check(any(n['level'] == 'error' for n in inv['toolExecutionNotifications']), 'no error notification')
            res = j['runs'][0]['results']
            check(any(r.get('suppressions') for r in res), 'suppressed result missing from SARIF')
            for r in res:
                check(j['runs'][0]['tool']['driver']['rules'][r['ruleIndex']]['id'] == r['ruleId'], 'ruleIndex mismatch')
            os.unlink(path)
    # -o FILE
    rc, out, err = run(['--format', 'json', '-o', 'o.json'] + RULES + ['a.c'], tmp)
    check(rc == 1 and out == '', '-o: exit %d, stdout %r' % (rc, out))
    with open(os.path.join(tmp, 'o.json')) as f:
        check(len(json.load(f)['findings']) == 1, '-o file content')


def findings_of(out):
    return json.loads(out)['findings']


def case_suppressions(tmp):
    write(tmp, 'b.c', SUPPRESSED)
    rc, out, err = run(['--format', 'json'] + RULES + ['b.c'], tmp)
    check(rc == 1, 'exit %d' % rc)
    f = findings_of(out)
    sup = [x for x in f if x['suppressed']]
    check(len(sup) == 1 and sup[0]['rule'] == 'empty-critical-section' and
          sup[0]['suppression_reason'] == 'a fence: waits for the current holder', 'used suppression: %s' % sup)
    msgs = [x['message'] for x in f if x['rule'] == 'unused-suppression']
    check(any('suppresses nothing' in m for m in msgs), 'unused: %s' % msgs)
    check(any('gives no reason' in m for m in msgs), 'no reason: %s' % msgs)
    check(any("unknown rule 'no-such-rule'" in m for m in msgs), 'unknown rule: %s' % msgs)
    check(len(msgs) == 3, 'three suppression problems: %s' % msgs)
    rc, out, err = run(['--format', 'text'] + RULES + ['b.c'], tmp)
    check('a fence' not in out and 'b.c:8:' not in out, 'suppressed finding shown in text: %s' % out)
    # Only the suppressed finding, unused-suppression off: exit 0.
    write(tmp, 'c.c', SUPPRESSED.split('void stale')[0])
    rc, out, err = run(['--disable', '*', '--enable', 'empty-critical-section', 'c.c'], tmp)
    check(rc == 0 and out == '', 'all suppressed: exit %d %r' % (rc, out))


def case_fail_on(tmp):
    write(tmp, 'a.c', ECS)
    for fo, want in (('never', 0), ('error', 0), ('warning', 1), ('note', 1)):
        rc, out, err = run(['--fail-on', fo] + RULES + ['a.c'], tmp)
        check(rc == want, '--fail-on %s: exit %d, expected %d' % (fo, rc, want))
    rc, out, err = run(['--format', 'json'] + RULES + ['a.c', './a.c', os.path.join(tmp, 'a.c'), '.'], tmp)
    j = json.loads(out)
    check(j['files']['total'] == 1 and len(j['findings']) == 1, 'a file named 4 times is analysed once: %s' % j['files'])
    write(tmp, '.cvet.json', '{"levels": {"empty-critical-section": "error"}}')
    rc, out, err = run(['--fail-on', 'error', '--format', 'json'] + RULES + ['a.c'], tmp)
    check(rc == 1 and findings_of(out)[0]['level'] == 'error', 'levels override: %d %s' % (rc, out))
    rc, out, err = run(RULES + ['--disable', 'empty-critical-section', 'a.c'], tmp)
    check(rc == 0, 'disabled after enable: exit %d' % rc)


def case_config(tmp):
    write(tmp, 'src/a.c', ECS)
    write(tmp, 'vendor/v.c', ECS)
    cfg = write(tmp, '.cvet.json', '{"enable": ["empty-critical-section"], "disable": ["*"], "exclude": ["vendor/*"],'
                                   ' "compiler_args": ["-DEXTRA=1"]}')
    rc, out, err = run(['--format', 'json', '.'], os.path.join(tmp, 'src'))   # found by walking up
    j = json.loads(out) if out else {'rules': [], 'files': {}}
    check([r['id'] for r in j['rules']] == ['empty-critical-section'], 'config enable/disable: %s' % j['rules'])
    rc, out, err = run(['--format', 'json', '.'], tmp)
    j = json.loads(out)
    check(j['files']['total'] == 1 and all('vendor' not in f['file'] for f in j['findings']), 'exclude: %s' % out)
    bad = [('{"enabel": []}', 'unknown key "enabel"'), ('{"levels": {"x": "loud"}}', '"loud"'),
           ('{"exclude": "vendor"}', 'expected an array'), ('{"enable": [1]}', 'element 0'),
           ('{"levels": {"no-such-rule": "error"}}', "unknown rule 'no-such-rule'"), ('{', 'not valid JSON'),
           ('{"enable": ["nope"]}', "unknown rule 'nope'")]
    for text, frag in bad:
        write(tmp, '.cvet.json', text)
        rc, out, err = run(['.'], tmp)
        check(rc == 2, 'config %s: exit %d, expected 2' % (text, rc))
        check('.cvet.json' in err and frag in err, 'config %s: message lacks file or %r: %s' % (text, frag, err))
    os.unlink(cfg)
    # compiler_args: relative -I directories are relative to the config file.
    write(tmp, 'inc/v.h', '#define V 1\n')
    write(tmp, 'src/v.c', '#include "v.h"\nint x = V;\n')
    write(tmp, '.cvet.json', '{"compiler_args": ["-Iinc"]}')
    rc, out, err = run(['v.c'], os.path.join(tmp, 'src'))
    check(rc == 0, 'config -I relative to the config file: exit %d %s' % (rc, err))
    os.unlink(os.path.join(tmp, '.cvet.json'))
    os.makedirs(os.path.join(tmp, 'nothing'))
    rc, out, err = run(['nothing'], tmp)
    check(rc == 0 and 'no C files' in err, 'empty directory: %d %s' % (rc, err))
    write(tmp, 'other.json', '{"compiler_args": 3}')
    rc, out, err = run(['--config', 'other.json', '.'], tmp)
    check(rc == 2 and 'other.json' in err and 'compiler_args' in err, '--config: %d %s' % (rc, err))


def case_jobs(tmp):
    for i in range(12):
        write(tmp, 'd%d/f%d.c' % (i % 3, i), ECS if i % 2 else CLEAN)
    write(tmp, 'd1/broken.c', BROKEN)
    outs = {}
    for j in ('1', '4'):
        for fmt in ('json', 'text', 'sarif'):
            rc, out, err = run(['-j', j, '--format', fmt] + RULES + ['.'], tmp)
            outs[(j, fmt)] = (rc, out, err)
    for fmt in ('json', 'text', 'sarif'):
        check(outs[('1', fmt)] == outs[('4', fmt)], '-j1 and -j4 differ in %s format' % fmt)
    rc, out, err = outs[('1', 'json')]
    check(rc == 3, 'exit %d, expected 3' % rc)
    j = json.loads(out)
    check(j['files']['total'] == 13 and j['files']['failed'] == 1, 'files: %s' % j['files'])
    check(len([f for f in j['findings'] if f['rule'] == 'empty-critical-section']) == 6, 'six findings')
    check(any(n['level'] == 'error' and 'broken.c' in n['file'] for n in j['notifications']), 'notification')


def case_compdb(tmp):
    proj = os.path.join(tmp, 'proj')
    write(proj, 'include/cfg.h', '#define LIMIT 4\n')
    write(proj, 'src/m.c', '#include "cfg.h"\n' + ECS + '\nint limit = LIMIT;\n')
    write(proj, 'src/other.c', CLEAN)
    cmds = [{'directory': os.path.join(proj, 'build'), 'file': '../src/m.c',
             'command': 'gcc -I../include -fconserve-stack -c ../src/m.c -o m.o -MD -MF m.d'},
            {'directory': os.path.join(proj, 'build'), 'file': '../src/other.c',
             'arguments': ['cc', '-std=gnu11', '-c', '-o', 'other.o', '../src/other.c']}]
    os.makedirs(os.path.join(proj, 'build'))
    write(proj, 'build/compile_commands.json', json.dumps(cmds))
    rc, out, err = run(['-p', 'proj/build', '--format', 'json'] + RULES, tmp)
    check(rc == 1, 'compdb: exit %d, expected 1: %s %s' % (rc, err, out[-1500:]))
    if out:
        j = json.loads(out)
        check(j['files']['total'] == 2 and j['files']['failed'] == 0, 'compdb files: %s %s' % (j['files'], j['notifications']))
        check(len(j['findings']) == 1 and j['findings'][0]['file'].endswith('src/m.c'), 'compdb finding: %s' % j['findings'])
    # assembler and C++ entries are skipped, with one note naming them
    write(proj, 'src/switch.S', '.text\n.globl f\nf: ret\n')
    write(proj, 'src/util.cpp', 'namespace u { int x; }\n')
    cmds += [{'directory': os.path.join(proj, 'build'), 'file': '../src/switch.S',
              'arguments': ['cc', '-c', '../src/switch.S']},
             {'directory': os.path.join(proj, 'build'), 'file': '../src/util.cpp',
              'arguments': ['c++', '-c', '../src/util.cpp']},
             {'directory': os.path.join(proj, 'build'), 'file': '../src/m.c',
              'arguments': ['cc', '-x', 'c', '-I../include', '-c', '../src/m.c']}]
    write(proj, 'build/compile_commands.json', json.dumps(cmds))
    rc, out, err = run(['-p', 'proj/build', '--format', 'json'] + RULES, tmp)
    j = json.loads(out) if out else {'files': {}, 'notifications': []}
    check(rc == 1 and j['files'].get('total') == 2 and j['files'].get('failed') == 0,
          'compdb with non-C entries: exit %d, files %s, %s' % (rc, j['files'], err[-500:]))
    notes = [n for n in j['notifications'] if 'not C' in n['message']]
    check(len(notes) == 1 and 'switch.S' in notes[0]['message'] and 'util.cpp' in notes[0]['message']
          and 'skipped 2 entries' in notes[0]['message'], 'non-C note: %s' % j['notifications'])
    rc, out, err = run(['-p', 'proj/build/compile_commands.json', '--format', 'json'] + RULES + ['proj/src/other.c'], tmp)
    check(rc == 0 and json.loads(out)['files']['total'] == 1, 'compdb PATH filter: %d %s' % (rc, out[-500:]))
    write(tmp, 'bad/compile_commands.json', '[{"directory": "/", "file": ')
    rc, out, err = run(['-p', 'bad'], tmp)
    check(rc == 2 and 'compile_commands.json' in err and 'not valid JSON' in err, 'broken compdb: %d %s' % (rc, err))
    write(tmp, 'bad2/compile_commands.json', '[{"file": "x.c"}]')
    rc, out, err = run(['-p', 'bad2'], tmp)
    check(rc == 2 and 'directory' in err, 'compdb without directory: %d %s' % (rc, err))
    rc, out, err = run(['-p', 'nowhere'], tmp)
    check(rc == 2 and 'nowhere' in err, 'missing compdb: %d %s' % (rc, err))


def case_tree(tmp):
    write(tmp, 'a.c', CLEAN)
    write(tmp, 'x/y/z/deep.c', ECS)
    write(tmp, 'x/notes.txt', 'not C')
    write(tmp, 'x/header.h', 'int h;')
    write(tmp, '.hidden/h.c', ECS)
    write(tmp, 'build/gen.c', ECS)
    write(tmp, 'build-asan/gen.c', ECS)
    write(tmp, 'out/meson-private/x', '')
    write(tmp, 'out/gen.c', ECS)
    write(tmp, 'cm/CMakeCache.txt', '')
    write(tmp, 'cm/gen.c', ECS)
    os.symlink('..', os.path.join(tmp, 'x', 'loop'))
    os.symlink('missing-target', os.path.join(tmp, 'x', 'dangling.c'))
    rc, out, err = run(['--format', 'json'] + RULES + ['.'], tmp)
    no_crash(rc, err)
    j = json.loads(out)
    files = sorted(set(f['file'] for f in j['findings']))
    check(j['files']['total'] == 2, 'tree: %d files analysed, expected 2 (a.c, deep.c): %s' % (j['files']['total'], files))
    check(files == ['x/y/z/deep.c'], 'tree findings: %s' % files)
    check(any('loop' in n['message'] for n in j['notifications']), 'symlink loop not reported: %s' % j['notifications'])
    check(rc == 1, 'tree: exit %d, expected 1' % rc)


def case_hostile(tmp):
    write(tmp, 'empty.c', '')
    write(tmp, 'binary.c', bytes(range(256)) * 64, 'wb')
    write(tmp, 'latin1.c', b'/* caf\xe9 na\xefve */\nint x;\nconst char *s = "\xff\xfe";\n', 'wb')
    write(tmp, 'unterminated.c', '#include <co.h>\nint x;\n/* never closed\nint y;\n')
    write(tmp, 'syntax.c', BROKEN)
    write(tmp, 'missing_header.c', '#include "does_not_exist.h"\n#include <co.h>\nint x;\n')
    write(tmp, 'longline.c', '#include <co.h>\nint v = 0' + ' + 1' * 25000 + ';\n' + ECS.replace('#include <co.h>\n', ''))
    write(tmp, 'nested.c', 'void f(int x) {\n' + '{' * 5000 + 'x++;' + '}' * 5000 + '\n}\n')
    expect = {'empty.c': (0,), 'binary.c': (3,), 'latin1.c': (0,), 'unterminated.c': (3,), 'syntax.c': (3,),
              'missing_header.c': (3,), 'longline.c': (1,), 'nested.c': (0, 1, 3)}
    for name, rcs in sorted(expect.items()):
        rc, out, err = run(['--format', 'text'] + RULES + [name], tmp, timeout=300)
        no_crash(rc, err)
        check(rc in rcs, '%s: exit %d, expected %s; stderr: %s' % (name, rc, rcs, err[-1500:]))
        if 3 in rcs and rc == 3:
            check(name in err, '%s: the message does not name the file: %s' % (name, err[-1500:]))
        if name == 'longline.c':
            check(len(out) < 5000 and 'empty critical section' in out.lower() + out, 'long line output: %d bytes' % len(out))
    # All at once: the bad files are reported, the good ones still analysed.
    rc, out, err = run(['--format', 'sarif'] + RULES + ['.'], tmp, timeout=300)
    no_crash(rc, err)
    check(rc == 3, 'all hostile files: exit %d, expected 3' % rc)
    path = write(tmp, 'hostile.sarif', out)
    validate_sarif(path)
    res = json.loads(out)['runs'][0]['results']
    check(any(r['locations'][0]['physicalLocation']['artifactLocation']['uri'] == 'longline.c' for r in res),
          'longline.c finding missing next to failing files')


def case_unreadable(tmp):
    d = os.path.join(tmp, 'locked')
    write(tmp, 'locked/x.c', ECS)
    write(tmp, 'ok.c', ECS)
    os.chmod(d, 0)
    try:
        cmd = [CVET, '--format', 'json'] + RULES + ['.']
        if os.geteuid() == 0:
            # root reads everything; drop to an unprivileged user namespace where
            # root's files are owned by nobody and permissions apply.
            if not shutil.which('unshare') or subprocess.run(['unshare', '-U', 'true']).returncode != 0:
                print('  SKIP: running as root and no user namespaces')
                return
            cmd = ['unshare', '-U'] + cmd
        p = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=120)
        no_crash(p.returncode, p.stderr)
        check(p.returncode == 3, 'unreadable directory: exit %d, expected 3: %s' % (p.returncode, p.stderr))
        j = json.loads(p.stdout)
        check(any('locked' in n['file'] and 'cannot read directory' in n['message'] for n in j['notifications']),
              'no notification for the unreadable directory: %s' % j['notifications'])
        check(any(f['file'] == 'ok.c' for f in j['findings']), 'the readable file was not analysed')
    finally:
        os.chmod(d, stat.S_IRWXU)


def case_colour(tmp):
    write(tmp, 'a.c', ECS)
    rc, out, err = run(RULES + ['a.c'], tmp)
    check('\033[' not in out and '\033[' not in err, 'colour escapes on a pipe')
    check(' | ' in out and '^' in out, 'text format has no snippet: %s' % out)
    rc, out, err = run(['--format', 'gcc'] + RULES + ['a.c'], tmp)
    check(' | ' not in out and out.startswith('a.c:8:5: warning: '), 'gcc format: %s' % out)


CASES = [case_usage, case_golden, case_suppressions, case_fail_on, case_config, case_jobs, case_compdb,
         case_tree, case_hostile, case_unreadable, case_colour]


def main():
    for c in CASES:
        if ONLY and c.__name__ not in ONLY:
            continue
        current[0] = c.__name__
        print(c.__name__)
        tmp = tempfile.mkdtemp(prefix='cvet-cli-')
        try:
            c(tmp)
        except Exception as e:  # a broken case must not hide the others
            import traceback
            fail('exception: %s\n%s' % (e, traceback.format_exc()))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print('%d failure(s)' % len(failures))
    for f in failures:
        print('FAIL ' + f.split('\n')[0])
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
