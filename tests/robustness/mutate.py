#!/usr/bin/env python3
"""Deterministic mutation fuzzer input generator for cvet.

Takes the C corpus (testdata/*/*.c, examples/**/*.c) and writes mutants:
line deletes/duplicates/swaps, token edits, truncation, deep nesting,
goto/label/switch insertion, co.h API identifier swaps, dropped ; and braces,
huge literals, and appended "nasty" C (recursion, function pointers, K&R,
variadics, statement expressions, VLAs, _Generic, nested functions, computed
gotos). Most mutations keep the file compilable, so that the rules (which
only run on files without compile errors) are exercised, not just the parser.

usage: mutate.py --root REPO --out DIR [--count N] [--seed S]
"""
import argparse
import glob
import os
import random
import re

API_SAME_SHAPE = [
    # groups of co.h names with the same signature: swapping keeps it compiling
    ["co_mutex_lock", "co_mutex_unlock", "co_mutex_trylock"],
    ["co_rwmutex_lock", "co_rwmutex_unlock", "co_rwmutex_rlock",
     "co_rwmutex_runlock", "co_rwmutex_trylock", "co_rwmutex_tryrlock"],
    ["co_wg_done", "co_wg_wait"],
    ["co_chan_close", "co_chan_free"],
    ["co_cond_signal", "co_cond_broadcast"],
    ["co_timer_stop", "co_ticker_stop"],
    ["co_with_cancel"],
    ["co_timer_chan", "co_ticker_chan"],
    ["co_after", "co_tick"],
    ["co_ctx_retain", "co_ctx_release"],
    ["CO_DEFER_UNLOCK", "CO_DEFER_RUNLOCK", "CO_DEFER_WUNLOCK"],
    ["co_timer_new", "co_after"],
]
API_ANY = sorted({n for g in API_SAME_SHAPE for n in g} |
                 {"co_go", "co_chan_send", "co_chan_recv", "co_once_do",
                  "co_select", "co_wg_add", "co_cancel", "co_ctx_done",
                  "co_cond_wait", "co_main", "co_sleep", "co_yield",
                  "CO_DEFER_DONE", "CO_DEFER_CANCEL", "CO_DEFER_CLOSE",
                  "CO_DEFER_TIMER_STOP", "CO_DEFER_TICKER_STOP"})

TOKEN_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+|->|&&|\|\||[^\sA-Za-z0-9_]")

# Self-contained snippets appended at file scope (they use co.h names that
# every corpus file has through #include <co.h>).
NASTY_TOPLEVEL = [
    # recursion through a lock
    """static co_mutex nz_mu;
static int nz_rec(int n) { co_mutex_lock(&nz_mu); if (n > 0) { co_mutex_unlock(&nz_mu); return nz_rec(n - 1); } co_mutex_unlock(&nz_mu); return n; }
""",
    # mutual recursion with spawns
    """static void nz_b(void *a);
static void nz_a(void *a) { if (a) co_go(nz_b, a); }
static void nz_b(void *a) { nz_a(a); co_go(nz_a, 0); }
""",
    # function pointers
    """static void (*nz_fp)(co_mutex *) = co_mutex_lock;
static void nz_fpuse(co_mutex *m) { void (*f[2])(co_mutex *) = { co_mutex_lock, co_mutex_unlock }; f[0](m); f[1](m); nz_fp(m); (*nz_fp)(m); }
""",
    # K&R definitions
    """static int nz_kr(a, b) int a; co_mutex *b; { co_mutex_lock(b); co_mutex_unlock(b); return a; }
""",
    # variadic
    """#include <stdarg.h>
static int nz_va(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) { co_mutex *m = va_arg(ap, co_mutex *); co_mutex_lock(m); s++; co_mutex_unlock(m); } va_end(ap); return s; }
static co_mutex nz_vm; static int nz_vacall(void) { return nz_va(2, &nz_vm, &nz_vm); }
""",
    # statement expressions
    """static co_mutex nz_se;
static int nz_stmtexpr(void) { int v = ({ co_mutex_lock(&nz_se); int t = 3; co_mutex_unlock(&nz_se); t; }); return ({ co_mutex_lock(&nz_se); v; }); }
""",
    # VLAs
    """static void nz_vla(int n) { co_mutex ms[n]; for (int i = 0; i < n; i++) { co_mutex_lock(&ms[i]); } int m[n][n]; (void)m; co_mutex_unlock(&ms[n - 1]); }
""",
    # _Generic
    """static co_mutex nz_gm;
#define NZ_LOCK(x) _Generic((x), co_mutex *: co_mutex_lock, default: co_mutex_unlock)(x)
static void nz_generic(void) { NZ_LOCK(&nz_gm); _Generic(1, int: co_mutex_unlock, default: co_mutex_lock)(&nz_gm); }
""",
    # computed goto
    """static co_mutex nz_cg;
static void nz_cgoto(int i) { void *t[] = { &&l0, &&l1 }; co_mutex_lock(&nz_cg); goto *t[i & 1]; l0: co_mutex_unlock(&nz_cg); return; l1: goto *t[0]; }
""",
    # switch into loop (Duff's device) with locks
    """static co_mutex nz_dm;
static void nz_duff(int n) { int c = (n + 3) / 4; switch (n % 4) { case 0: do { co_mutex_lock(&nz_dm); case 3: co_mutex_unlock(&nz_dm); case 2: case 1: ; } while (--c > 0); } }
""",
    # goto into and out of blocks, backward gotos
    """static co_mutex nz_gm2;
static int nz_goto(int n) { co_mutex_lock(&nz_gm2); again: if (n-- > 0) { if (n == 5) goto out; goto again; } { inner: co_mutex_unlock(&nz_gm2); if (n > 100) goto inner; } out: return n; }
""",
    # cleanup attribute guard in a loop with break/continue
    """static co_mutex nz_cm;
static void nz_defer(int n) { for (int i = 0; i < n; i++) { co_mutex_lock(&nz_cm); CO_DEFER_UNLOCK(&nz_cm); if (i == 2) continue; if (i == 3) break; if (i == 4) return; } }
""",
    # spawn through a function pointer and a cast
    """static void nz_w(void *a) { co_waitgroup *wg = a; co_wg_done(wg); }
static void nz_spawnfp(void) { co_waitgroup wg = {0}; int (*g)(void (*)(void *), void *) = co_go; co_wg_add(&wg, 2); g(nz_w, &wg); co_go((void (*)(void *))nz_w, (void *)&wg); co_wg_wait(&wg); }
""",
    # unusual spellings: parenthesised callees, comma operators, ternaries
    """static co_mutex nz_p1, nz_p2;
static void nz_paren(int c) { (co_mutex_lock)(&nz_p1); (c ? co_mutex_lock : co_mutex_unlock)(&nz_p2); (void)(co_mutex_unlock(&nz_p1), 0); c ? co_mutex_unlock(&nz_p2) : (void)0; co_mutex_unlock(&nz_p1 + 0); }
""",
    # channel ops in weird places
    """static void nz_chan(co_chan *c) { int v = 0; while (co_chan_recv(c, &v) && co_chan_recv(c, &v)) { } for (co_chan_send(c, &v); co_chan_recv(c, 0); co_chan_close(c)) ; co_chan_close(c); co_chan_close(c); }
""",
    # once with itself and odd args
    """static co_once nz_o; static void nz_of(void *a); static void nz_of(void *a) { co_once_do(&nz_o, nz_of, a); co_once_do((co_once *)a, nz_of, &nz_o); }
""",
    # select with a computed case array
    """static int nz_sel(co_chan *a, co_chan *b, int n) { int v; co_case cs[n > 0 ? n : 1]; cs[0] = CO_RECV(n ? a : b, &v); cs[n > 1] = (co_case){ .ch = a, .op = CO_OP_SEND, .elem = &v }; return co_select(cs, 1) + co_select_try(cs, 0); }
""",
    # contexts passed around oddly
    """static void nz_ctx(co_ctx *p) { co_cancel_fn c1, c2; co_ctx *a = co_with_cancel(p, &c1); co_ctx *b = co_with_timeout(a, 5, &c2); co_cancel(&c2); co_ctx *x = a; a = b; b = x; (void)co_ctx_err(a); co_cancel(&c1); co_cancel(&c1); }
""",
    # timers in loops and reassigned
    """static void nz_timer(int n) { co_timer *t = co_timer_new(1); for (int i = 0; i < n; i++) { t = co_timer_new(i); } co_timer *u = t; co_timer_stop(u); co_timer_stop(t); co_ticker *k = co_ticker_new(1); k = 0; (void)k; }
""",
    # lots of nesting in one expression
    """static int nz_expr(int a) { return ((((((((((((((((((((a+1)))))))))))))))))))) ? (a ? (a ? (a ? 1 : 2) : 3) : 4) : 5; }
""",
    # unions, bitfields, anonymous structs holding primitives
    """struct nz_s { union { co_mutex m; long pad; }; struct { co_waitgroup wg; } in; int bits : 3; co_mutex arr[4]; };
static void nz_agg(struct nz_s *s, int i) { co_mutex_lock(&s->m); co_mutex_lock(&s->arr[i]); co_mutex_unlock(&s->arr[i + 1]); co_wg_add(&s->in.wg, 1); co_wg_done(&(*s).in.wg); struct nz_s c = *s; (void)c; co_mutex_unlock(&s->m); }
""",
]


def nested_blocks(depth, body):
    kinds = ["{", "if (1) {", "while (0) {", "do {", "for (;;) { break;", "switch (0) { default:"]
    out, closers = [], []
    rnd = random.Random(depth)
    for _ in range(depth):
        k = rnd.choice(kinds)
        out.append(k)
        closers.append("} while (0);" if k == "do {" else "}")
    return "".join(out) + body + "".join(reversed(closers))


def is_stmt_line(line):
    s = line.strip()
    return (s.endswith(";") and not s.startswith("#") and line.startswith((" ", "\t"))
            and not s.startswith(("//", "/*", "*")))


class Mutator:
    def __init__(self, rnd, corpus):
        self.r = rnd
        self.corpus = corpus
        self.ops = [
            self.delete_line, self.dup_line, self.swap_lines, self.move_line,
            self.delete_token, self.dup_token, self.swap_tokens,
            self.truncate, self.nest_deep, self.insert_goto, self.insert_switch,
            self.wrap_loop, self.api_swap, self.api_any, self.drop_semicolon,
            self.drop_brace, self.huge_literal, self.append_nasty,
            self.insert_return, self.insert_break_continue, self.splice_other,
            self.stmt_to_cond, self.huge_line, self.many_functions,
        ]

    # ---- line level
    def _stmt_idx(self, lines):
        idx = [i for i, l in enumerate(lines) if is_stmt_line(l)]
        return idx or list(range(len(lines)))

    def delete_line(self, lines):
        if lines:
            del lines[self.r.choice(self._stmt_idx(lines))]
        return lines

    def dup_line(self, lines):
        if lines:
            i = self.r.choice(self._stmt_idx(lines))
            lines.insert(i, lines[i])
        return lines

    def swap_lines(self, lines):
        idx = self._stmt_idx(lines)
        if len(idx) >= 2:
            a, b = self.r.sample(idx, 2)
            lines[a], lines[b] = lines[b], lines[a]
        return lines

    def move_line(self, lines):
        idx = self._stmt_idx(lines)
        if len(idx) >= 2:
            a, b = self.r.sample(idx, 2)
            l = lines.pop(a)
            lines.insert(b, l)
        return lines

    def truncate(self, lines):
        text = "".join(lines)
        if text:
            text = text[: self.r.randrange(len(text))]
        return text.splitlines(True)

    def nest_deep(self, lines):
        i = self.r.choice(self._stmt_idx(lines)) if lines else 0
        depth = self.r.choice([10, 50, 200, 1000, 3000])
        body = lines[i].strip() if lines and is_stmt_line(lines[i]) else ";"
        if lines:
            lines[i] = "    " + nested_blocks(depth, body) + "\n"
        return lines

    def insert_goto(self, lines):
        idx = self._stmt_idx(lines)
        if len(idx) >= 2:
            a, b = sorted(self.r.sample(idx, 2))
            lab = "Lz%d" % self.r.randrange(1000)
            if self.r.random() < 0.5:  # forward
                lines[a] = "    goto %s;\n" % lab + lines[a]
                lines[b] = lines[b] + "    %s: ;\n" % lab
            else:  # backward, guarded so it is not an obvious infinite loop
                lines[a] = "    %s: ;\n" % lab + lines[a]
                lines[b] = lines[b] + "    if (co_goid() == 12345) goto %s;\n" % lab
        return lines

    def insert_switch(self, lines):
        idx = self._stmt_idx(lines)
        if len(idx) >= 2:
            a, b = sorted(self.r.sample(idx, 2))
            lines[a] = "    switch ((int)co_goid()) { case 0:\n" + lines[a]
            mid = self.r.randint(a, b)
            lines[mid] = lines[mid] + "    case 1: default:\n"
            lines[b] = lines[b] + "    }\n"
        return lines

    def wrap_loop(self, lines):
        idx = self._stmt_idx(lines)
        if idx:
            i = self.r.choice(idx)
            w = self.r.choice(["for (int zz = 0; zz < 3; zz++) { %s }",
                               "while (co_goid()) { %s }",
                               "do { %s } while (co_goid() > 2);",
                               "if (co_goid()) { %s } else { %s }",
                               "for (;;) { %s if (co_goid()) break; }",
                               "{ %s } { %s }"])
            s = lines[i].strip()
            lines[i] = "    " + w.replace("%s", s) + "\n"
        return lines

    def stmt_to_cond(self, lines):
        idx = [i for i in self._stmt_idx(lines) if "co_" in lines[i]]
        if idx:
            i = self.r.choice(idx)
            s = lines[i].strip().rstrip(";")
            lines[i] = "    if (co_goid() & 1) %s; else if (co_goid() & 2) { %s; %s; }\n" % (s, s, s)
        return lines

    def insert_return(self, lines):
        idx = self._stmt_idx(lines)
        if idx:
            i = self.r.choice(idx)
            lines.insert(i, "    if (co_goid() == 7) return%s;\n" % self.r.choice(["", " 0", " NULL"]))
        return lines

    def insert_break_continue(self, lines):
        idx = self._stmt_idx(lines)
        if idx:
            i = self.r.choice(idx)
            lines.insert(i, "    if (co_goid() == 9) %s;\n" % self.r.choice(["break", "continue"]))
        return lines

    def drop_semicolon(self, lines):
        idx = [i for i, l in enumerate(lines) if ";" in l]
        if idx:
            i = self.r.choice(idx)
            lines[i] = lines[i].replace(";", "", 1)
        return lines

    def drop_brace(self, lines):
        idx = [i for i, l in enumerate(lines) if "{" in l or "}" in l]
        if idx:
            i = self.r.choice(idx)
            ch = self.r.choice([c for c in "{}" if c in lines[i]])
            lines[i] = lines[i].replace(ch, "", 1)
        return lines

    def huge_literal(self, lines):
        idx = self._stmt_idx(lines)
        if idx:
            i = self.r.choice(idx)
            kind = self.r.randrange(3)
            if kind == 0:
                lit = '(void)"' + "A" * self.r.choice([1000, 100000]) + '";'
            elif kind == 1:
                lit = "(void)" + "9" * 400 + ";"
            else:
                lit = "(void)(" + "+".join(["1"] * 20000) + ");"
            lines.insert(i, "    " + lit + "\n")
        return lines

    def huge_line(self, lines):
        # 100,000-character line of tokens
        lines.append("static int zz_big[] = {" + ",".join(["1"] * 50000) + "};\n")
        return lines

    def many_functions(self, lines):
        n = self.r.choice([200, 1000])
        for k in range(n):
            lines.append("static co_mutex zz_m%d; void zz_f%d(void) { co_mutex_lock(&zz_m%d); %s }\n"
                         % (k, k, k, "zz_f%d();" % (k + 1) if k + 1 < n else ""))
        lines.insert(0, "".join("void zz_f%d(void);\n" % k for k in range(n)))
        return lines

    def append_nasty(self, lines):
        for _ in range(self.r.randint(1, 4)):
            lines.append(self.r.choice(NASTY_TOPLEVEL))
        return lines

    def splice_other(self, lines):
        other = self.r.choice(self.corpus)[1]
        ol = [l for l in other if is_stmt_line(l)]
        idx = self._stmt_idx(lines)
        if ol and idx:
            i = self.r.choice(idx)
            lines[i:i] = self.r.sample(ol, min(len(ol), self.r.randint(1, 4)))
        return lines

    # ---- token level
    def _tok_edit(self, lines, fn):
        idx = [i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith(("#", "//"))]
        if not idx:
            return lines
        i = self.r.choice(idx)
        toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(lines[i])]
        if toks:
            lines[i] = fn(lines[i], toks)
        return lines

    def delete_token(self, lines):
        def f(l, toks):
            a, b = self.r.choice(toks)
            return l[:a] + l[b:]
        return self._tok_edit(lines, f)

    def dup_token(self, lines):
        def f(l, toks):
            a, b = self.r.choice(toks)
            return l[:b] + " " + l[a:b] + l[b:]
        return self._tok_edit(lines, f)

    def swap_tokens(self, lines):
        def f(l, toks):
            if len(toks) < 2:
                return l
            (a1, b1), (a2, b2) = sorted(self.r.sample(toks, 2))
            return l[:a1] + l[a2:b2] + l[b1:a2] + l[a1:b1] + l[b2:]
        return self._tok_edit(lines, f)

    def api_swap(self, lines):
        text = "".join(lines)
        present = [g for g in API_SAME_SHAPE if any(n in text for n in g) and len(g) > 1]
        if not present:
            return lines
        g = self.r.choice(present)
        names = [n for n in g if re.search(r"\b%s\b" % n, text)]
        if not names:
            return lines
        src = self.r.choice(names)
        dst = self.r.choice([n for n in g if n != src])
        occ = [m.start() for m in re.finditer(r"\b%s\b" % src, text)]
        k = self.r.choice(occ)
        text = text[:k] + dst + text[k + len(src):]
        return text.splitlines(True)

    def api_any(self, lines):
        text = "".join(lines)
        ids = [m for m in re.finditer(r"\b(co_[a-z_]+|CO_DEFER_[A-Z_]+)\b", text)]
        if not ids:
            return lines
        m = self.r.choice(ids)
        text = text[:m.start()] + self.r.choice(API_ANY) + text[m.end():]
        return text.splitlines(True)

    def mutate(self, lines):
        n = self.r.choice([1, 1, 1, 2, 2, 3, 5])
        used = []
        for _ in range(n):
            op = self.r.choice(self.ops)
            lines = op(list(lines))
            used.append(op.__name__)
        return lines, used


def load_corpus(root):
    files = sorted(glob.glob(os.path.join(root, "testdata", "*", "*.c")))
    files += sorted(glob.glob(os.path.join(root, "examples", "**", "*.c"), recursive=True))
    out = []
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            out.append((os.path.relpath(f, root), fh.read().splitlines(True)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ops", help="comma-separated subset of mutation operators")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    corpus = load_corpus(a.root)
    m = Mutator(rnd, corpus)
    if a.ops:
        want = set(a.ops.split(","))
        m.ops = [o for o in m.ops if o.__name__ in want]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "MANIFEST"), "w") as man:
        for k in range(a.count):
            src, lines = rnd.choice(corpus)
            mut, used = m.mutate(lines)
            name = "m%05d.c" % k
            with open(os.path.join(a.out, name), "w") as fh:
                fh.write("".join(mut))
            man.write("%s %s %s\n" % (name, src, ",".join(used)))


if __name__ == "__main__":
    main()
