/* test_frontend.c: unit tests of the CFG builder (src/frontend/lower.c) and
 * the IR queries (src/ir.c) on small C snippets lowered by libclang. They
 * assert on structure: the events along chosen paths, edge conditions,
 * loops, keys, and on hostile inputs returning notes instead of crashing. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fe_util.h"

#define HDR "#include <co.h>\n#include <stddef.h>\n"

#define LOWER(code)                                                   \
    diag_list notes;                                                  \
    memset(&notes, 0, sizeof notes);                                  \
    bool ok = false;                                                  \
    ir_tu *tu = lower_snippet(HDR code, &notes, &ok);                 \
    ck_assert_ptr_nonnull(tu);                                        \
    ck_assert_msg(ok, "snippet did not compile: %s",                  \
                  notes.nnotes ? notes.notes[0].message : "?")

#define DONE()              \
    ir_tu_free(tu);         \
    diag_list_free(&notes)

#define PATH_IS(fn, choices, expect)                                              \
    do {                                                                          \
        const char *got_ = path_str(tu, fn, choices, NULL);                       \
        ck_assert_msg(strcmp(got_, expect) == 0, "path %s:\n got: %s\nwant: %s",  \
                      choices, got_, expect);                                     \
    } while (0)

static const ir_edge *edge_to(const ir_func *fn, uint32_t from, uint32_t to)
{
    for (uint32_t i = 0; i < fn->blocks[from].nsuccs; i++)
        if (fn->blocks[from].succs[i].to == to) return &fn->blocks[from].succs[i];
    return NULL;
}

/* ---- Straight-line code, calls, keys ------------------------------------ */
START_TEST(test_straight_line)
{
    LOWER("co_mutex mu; int counter;\n"
          "void f(void) { co_mutex_lock(&mu); counter++; co_mutex_unlock(&mu); }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_ptr_nonnull(f);
    uint32_t nb;
    const char *p = path_str(tu, f, "", &nb);
    ck_assert_str_eq(p, "call co_mutex_lock(mu); write counter; call co_mutex_unlock(mu)");
    ck_assert_uint_eq(f->blocks[f->exit].nsuccs, 0);
    ck_assert_uint_eq(f->blocks[f->exit].nevents, 0);
    const ir_event *lock = &f->events[0];
    ck_assert_int_eq(lock->api, API_MUTEX_LOCK);
    ck_assert_uint_eq(lock->nargs, 1);
    ck_assert_int_eq(tu->keys[lock->args[0].obj].kind, KEY_GLOBAL);
    ck_assert_int_eq(tu->keys[lock->args[0].obj].type, TY_MUTEX);
    ck_assert_uint_eq(lock->args[0].value, 0); /* &mu passes no lvalue's value */
    ck_assert_str_eq(lock->args[0].text, "mu");
    ck_assert_uint_eq(lock->loc.line, 4);
    ck_assert_uint_eq(lock->loc.file, 0);
    /* same object, same key */
    ck_assert_uint_eq(f->events[0].args[0].obj, f->events[2].args[0].obj);
    DONE();
}
END_TEST

START_TEST(test_calls_nested_and_temps)
{
    LOWER("int helper(int);\n"
          "static int local_fn(int x) { return x; }\n"
          "void f(co_ctx *ctx) { int v; helper(local_fn(1)); v = helper(2);\n"
          "  co_chan_recv(co_ctx_done(ctx), NULL); (void)v; }\n");
    const ir_func *f = func(tu, "f");
    PATH_IS(f, "", "call local_fn(1); call helper(local_fn(1)); call helper(2); assign v=helper(2); "
                   "call co_ctx_done(ctx); call co_chan_recv(co_ctx_done(ctx),NULL)");
    const ir_event *inner = &f->events[0];
    ck_assert_int_eq(inner->func, (int32_t)func(tu, "local_fn")->index);
    ck_assert_int_eq(tu->keys[inner->key].kind, KEY_TEMP);
    ck_assert_str_eq(tu->keys[inner->key].name, "local_fn(1)");
    ck_assert_int_eq(tu->keys[inner->key].index, 0);
    ck_assert_int_eq(f->events[1].func, -1);                 /* helper: not defined here */
    ck_assert_uint_eq(f->events[1].args[0].value, inner->key); /* result flows into the arg */
    ck_assert_int_eq(tu->keys[f->events[2].key].kind, KEY_LOCAL); /* v = helper(2) */
    int32_t done = find_event(tu, f, "call co_ctx_done");
    int32_t recv = find_event(tu, f, "call co_chan_recv");
    ck_assert_int_eq(f->events[recv].api, API_CHAN_RECV);
    ck_assert_int_eq(tu->keys[f->events[recv].args[0].obj].kind, KEY_DEREF);
    ck_assert_uint_eq(tu->keys[f->events[recv].args[0].obj].parent, f->events[done].key);
    ck_assert(f->events[recv].args[1].is_null);
    DONE();
}
END_TEST

START_TEST(test_spawn)
{
    LOWER("struct job { co_waitgroup wg; int n; };\n"
          "static void worker(void *arg) { struct job *j = arg; co_wg_done(&j->wg); }\n"
          "void f(struct job *j) { co_go(worker, j); co_go(worker, NULL); }\n");
    const ir_func *f = func(tu, "f");
    const ir_func *w = func(tu, "worker");
    PATH_IS(f, "", "spawn worker(j); spawn worker(NULL)");
    const ir_event *sp = &f->events[0];
    ck_assert_int_eq(sp->kind, EV_SPAWN);
    ck_assert_int_eq(sp->api, API_GO);
    ck_assert_int_eq(sp->func, (int32_t)w->index);
    ck_assert_uint_eq(sp->nargs, 2);
    ck_assert_int_eq(sp->args[0].func, (int32_t)w->index);
    ck_assert_str_eq(sp->args[0].func_name, "worker");
    /* worker's key for j->wg is arg->wg; mapped to the caller it is j->wg */
    int32_t done = find_event(tu, w, "call co_wg_done");
    char buf[128];
    ck_assert_str_eq(ir_key_str(tu, w->events[done].args[0].obj, buf, sizeof buf), "arg->wg");
    ir_key mapped = ir_key_map_to_caller(tu, sp, w->events[done].args[0].obj);
    ck_assert_str_eq(ir_key_str(tu, mapped, buf, sizeof buf), "j->wg");
    ck_assert_uint_eq(ir_key_map_to_caller(tu, &f->events[1], w->events[done].args[0].obj), 0);
    DONE();
}
END_TEST

/* ---- Branches ---------------------------------------------------------------- */
START_TEST(test_if_else)
{
    LOWER("void a(void); void b(void); void c(void);\n"
          "void f(int x) { if (x) a(); else b(); c(); }\n"
          "void g(int x) { if (x) { a(); } c(); }\n");
    const ir_func *f = func(tu, "f");
    uint32_t n1, n2;
    ck_assert_str_eq(path_str(tu, f, "0", &n1), "call a(); call c()");
    ck_assert_str_eq(path_str(tu, f, "1", &n2), "call b(); call c()");
    ck_assert_uint_eq(n1, 4); /* entry, then, join, exit */
    ck_assert_uint_eq(f->blocks[0].nsuccs, 2);
    ck_assert_int_eq(f->blocks[0].succs[0].cond, COND_ALWAYS);
    const ir_func *g = func(tu, "g");
    PATH_IS(g, "0", "call a(); call c()");
    PATH_IS(g, "1", "call c()");
    DONE();
}
END_TEST

START_TEST(test_short_circuit)
{
    LOWER("int a(void); int b(void); void t(void); void e(void);\n"
          "void f(void) { if (a() && b()) t(); else e(); }\n"
          "void g(void) { if (a() || b()) t(); else e(); }\n"
          "void h(int x) { int y = x ? a() : b(); (void)y; t(); }\n");
    const ir_func *f = func(tu, "f");
    /* a() true, b() true -> t */
    PATH_IS(f, "00", "call a(); call b(); call t()");
    PATH_IS(f, "01", "call a(); call b(); call e()");
    PATH_IS(f, "1", "call a(); call e()");
    /* a() and b() are in separate blocks, and the edges test their results */
    int32_t ea = find_event(tu, f, "call a"), eb = find_event(tu, f, "call b");
    ck_assert_uint_ne(block_of(f, (uint32_t)ea), block_of(f, (uint32_t)eb));
    const ir_block *ba = &f->blocks[block_of(f, (uint32_t)ea)];
    ck_assert_int_eq(ba->succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(ba->succs[0].event, ea);
    ck_assert_int_eq(ba->succs[1].cond, COND_ZERO);
    ck_assert(f->events[ea].in_condition);
    const ir_func *g = func(tu, "g");
    PATH_IS(g, "0", "call a(); call t()");
    PATH_IS(g, "10", "call a(); call b(); call t()");
    PATH_IS(g, "11", "call a(); call b(); call e()");
    const ir_func *h = func(tu, "h");
    PATH_IS(h, "0", "call a(); call t()");
    PATH_IS(h, "1", "call b(); call t()");
    DONE();
}
END_TEST

START_TEST(test_constant_conditions)
{
    LOWER("void a(void); void b(void);\n"
          "enum { OFF = 0 }; static const int ON = 1;\n"
          "void f(void) { if (0) a(); b(); }\n"
          "void g(void) { if (OFF) { a(); } else { b(); } }\n"
          "void h(void) { if (ON) a(); }\n"
          "void k(int n) { int z = 0; if (z) a(); (void)n; }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_int_eq(find_event(tu, f, "call a"), -1); /* dead code pruned */
    PATH_IS(f, "", "call b()");
    ck_assert_uint_eq(f->blocks[0].nsuccs, 1);
    const ir_func *g = func(tu, "g");
    ck_assert_str_eq(all_events(tu, g), "call b()");
    const ir_func *h = func(tu, "h");
    ck_assert_str_eq(all_events(tu, h), "call a()");
    /* a non-const local is not folded even though clang could evaluate it */
    const ir_func *k = func(tu, "k");
    ck_assert_int_ne(find_event(tu, k, "call a"), -1);
    DONE();
}
END_TEST

/* ---- Loops --------------------------------------------------------------------- */
START_TEST(test_while_loop)
{
    LOWER("void a(void); void b(void);\n"
          "void f(int n) { while (n > 0) { a(); n--; } b(); }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nloops, 1);
    const ir_loop *l = &f->loops[0];
    ck_assert_int_eq(l->parent, -1);
    ck_assert(!l->infinite);
    ck_assert_int_eq(l->trip_count, -1);
    uint32_t hdr = l->header;
    ck_assert_int_eq(f->blocks[hdr].loop, 0);
    ck_assert_uint_eq(f->blocks[hdr].nsuccs, 2);
    /* body then back to the header */
    uint32_t body = f->blocks[hdr].succs[0].to;
    ck_assert_str_eq(block_str(tu, f, body), "call a()");
    ck_assert_int_eq(f->blocks[body].loop, 0);
    const ir_edge *back = edge_to(f, body, hdr);
    ck_assert_ptr_nonnull(back);
    ck_assert(back->back);
    /* the entry edge into the header is not a back edge */
    ck_assert(!edge_to(f, 0, hdr)->back);
    PATH_IS(f, "1", "call b()");
    uint32_t exitb = f->blocks[hdr].succs[1].to;
    ck_assert_int_eq(f->blocks[exitb].loop, -1);
    DONE();
}
END_TEST

START_TEST(test_for_trip_counts)
{
    LOWER("void a(void);\n"
          "void f(void) {\n"
          "  for (int i = 0; i < 4; i++) a();\n"
          "  for (int i = 1; i <= 3; ++i) a();\n"
          "  int j; for (j = 10; j != 0; j--) a();\n"
          "  for (int i = 0; i < 4; i++) { a(); i++; }\n"
          "  for (int i = 5; i < 2; i++) a();\n"
          "  int n = 3; for (int i = 0; i < n; i++) a();\n"
          "  for (int i = 0; i < 2; i += 1) a();\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nloops, 7);
    ck_assert_int_eq(f->loops[0].trip_count, 4);
    ck_assert_int_eq(f->loops[1].trip_count, 3);
    ck_assert_int_eq(f->loops[2].trip_count, 10);
    ck_assert_int_eq(f->loops[3].trip_count, -1); /* i written in the body */
    ck_assert_int_eq(f->loops[4].trip_count, 0);
    ck_assert_int_eq(f->loops[5].trip_count, -1); /* non-const bound */
    ck_assert_int_eq(f->loops[6].trip_count, 2);
    for (uint32_t i = 0; i < 7; i++) ck_assert(!f->loops[i].infinite);
    DONE();
}
END_TEST

START_TEST(test_infinite_loops_and_nesting)
{
    LOWER("void a(void); void b(void); int c(void);\n"
          "void f(void) { for (;;) { a(); if (c()) break; } b(); }\n"
          "void g(void) { while (1) { for (int i = 0; i < 2; i++) a(); } }\n"
          "void h(void) { do { a(); } while (1); }\n"
          "void k(void) { for (; c(); ) a(); }\n"
          "void m(void) { int i = 0; for (i = 0; ; i++) { if (c()) return; } }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nloops, 1);
    ck_assert(f->loops[0].infinite);
    /* the header has a single successor: the condition never exits */
    ck_assert_uint_eq(f->blocks[f->loops[0].header].nsuccs, 1);
    PATH_IS(f, "0", "call a(); call c(); call b()");
    const ir_func *g = func(tu, "g");
    ck_assert_uint_eq(g->nloops, 2);
    ck_assert(g->loops[0].infinite);
    ck_assert_int_eq(g->loops[1].parent, 0);
    ck_assert_int_eq(g->loops[1].trip_count, 2);
    /* no path reaches the exit */
    ck_assert_uint_eq(g->blocks[g->exit].npreds, 0);
    const ir_func *h = func(tu, "h");
    ck_assert(h->loops[0].infinite);
    ck_assert_uint_eq(h->blocks[h->exit].npreds, 0);
    const ir_func *k = func(tu, "k");
    ck_assert(!k->loops[0].infinite);
    PATH_IS(k, "1", "call c()");
    const ir_func *m = func(tu, "m");
    ck_assert(m->loops[0].infinite);
    DONE();
}
END_TEST

START_TEST(test_macro_loops)
{
    LOWER("void a(void); int c(void);\n"
          "#define WHILE_C for (; c(); )\n"
          "#define FROM0(i) for (i = 0; ; i++)\n"
          "#define UPTO(i, n) for (i = 0; i < n;)\n"
          "void f(void) { int i; WHILE_C a(); FROM0(i) { if (c()) break; } UPTO(i, 3) { a(); i++; } }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nloops, 3);
    ck_assert(!f->loops[0].infinite);
    ck_assert(f->loops[1].infinite);
    ck_assert(!f->loops[2].infinite);
    /* c() is the first loop's condition, in its header */
    int32_t e0 = find_event(tu, f, "call c");
    ck_assert_uint_eq(block_of(f, (uint32_t)e0), f->loops[0].header);
    ck_assert(f->events[e0].in_condition);
    ck_assert_str_eq(tu->keys[f->events[e0].key].name, "c()");
    DONE();
}
END_TEST

START_TEST(test_do_while)
{
    LOWER("void a(void); int c(void); void b(void);\n"
          "void f(void) { do { a(); } while (c()); b(); }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nloops, 1);
    uint32_t hdr = f->loops[0].header;
    ck_assert_str_eq(block_str(tu, f, hdr), "call a()"); /* header = body's first block */
    ck_assert(edge_to(f, 0, hdr) && !edge_to(f, 0, hdr)->back);
    int32_t ec = find_event(tu, f, "call c");
    uint32_t cb = block_of(f, (uint32_t)ec);
    const ir_edge *again = edge_to(f, cb, hdr);
    ck_assert_ptr_nonnull(again);
    ck_assert(again->back);
    ck_assert_int_eq(again->cond, COND_NONZERO);
    PATH_IS(f, "1", "call a(); call c(); call b()");
    DONE();
}
END_TEST

START_TEST(test_break_continue)
{
    LOWER("void a(void); void b(void); void z(void); int c(int);\n"
          "void f(int n) {\n"
          "  for (int i = 0; i < n; i++) {\n"
          "    if (c(1)) continue;\n"
          "    if (c(2)) break;\n"
          "    a();\n"
          "  }\n"
          "  z();\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    /* enter loop (0), c(1) true -> continue -> increment -> header; leave (1) */
    PATH_IS(f, "001", "call c(1); call z()");
    /* c(1) false, c(2) true -> break */
    PATH_IS(f, "010", "call c(1); call c(2); call z()");
    PATH_IS(f, "0111", "call c(1); call c(2); call a(); call z()");
    /* continue goes to the increment block, whose edge to the header is the back edge */
    int32_t e1 = find_event(tu, f, "call c(1)");
    uint32_t b1 = block_of(f, (uint32_t)e1);
    uint32_t then = f->blocks[b1].succs[0].to;
    ck_assert_uint_eq(f->blocks[then].nsuccs, 1);
    uint32_t cont = f->blocks[then].succs[0].to;
    ck_assert(!f->blocks[then].succs[0].back);
    ck_assert_uint_eq(f->blocks[cont].nsuccs, 1);
    ck_assert_uint_eq(f->blocks[cont].succs[0].to, f->loops[0].header);
    ck_assert(f->blocks[cont].succs[0].back);
    DONE();
}
END_TEST

/* ---- Switch ---------------------------------------------------------------------- */
START_TEST(test_switch_fallthrough_default)
{
    LOWER("void a(void); void b(void); void c(void); void d(void);\n"
          "void f(int x) {\n"
          "  switch (x) {\n"
          "  case 1: a();\n"
          "  case 2: b(); break;\n"
          "  default: c();\n"
          "  }\n"
          "  d();\n"
          "}\n"
          "void g(int x) { switch (x) { case 1: a(); break; } d(); }\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->blocks[0].nsuccs, 3);
    PATH_IS(f, "0", "call a(); call b(); call d()"); /* case 1 falls through into case 2 */
    PATH_IS(f, "1", "call b(); call d()");
    PATH_IS(f, "2", "call c(); call d()");
    const ir_func *g = func(tu, "g");
    ck_assert_uint_eq(g->blocks[0].nsuccs, 2); /* case 1, and the implicit default */
    PATH_IS(g, "0", "call a(); call d()");
    PATH_IS(g, "1", "call d()");
    DONE();
}
END_TEST

START_TEST(test_switch_on_select)
{
    LOWER("void a(void); void b(void); void c(void);\n"
          "void f(co_chan *x, co_chan *y) {\n"
          "  int v, w;\n"
          "  co_case cases[2] = { CO_RECV(x, &v), CO_RECV(y, &w) };\n"
          "  switch (co_select(cases, 2)) {\n"
          "  case 0: a(); break;\n"
          "  case 1: b(); break;\n"
          "  }\n"
          "  c();\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    int32_t sel = find_event(tu, f, "call co_select");
    ck_assert_int_ge(sel, 0);
    const ir_event *e = &f->events[sel];
    ck_assert(e->in_condition);
    uint32_t sb = block_of(f, (uint32_t)sel);
    const ir_block *bl = &f->blocks[sb];
    ck_assert_uint_eq(bl->nsuccs, 4);
    ck_assert_int_eq(bl->succs[0].cond, COND_EQ);
    ck_assert_int_eq(bl->succs[0].value, 0);
    ck_assert_int_eq(bl->succs[0].event, sel);
    ck_assert_str_eq(block_str(tu, f, bl->succs[0].to), "call a()");
    ck_assert_int_eq(bl->succs[1].cond, COND_EQ);
    ck_assert_int_eq(bl->succs[1].value, 1);
    /* the default edges (to after the switch) say: none of the cases */
    ck_assert_int_eq(bl->succs[2].cond, COND_NE);
    ck_assert_int_eq(bl->succs[2].value, 0);
    ck_assert_int_eq(bl->succs[3].cond, COND_NE);
    ck_assert_int_eq(bl->succs[3].value, 1);
    ck_assert_uint_eq(bl->succs[2].to, bl->succs[3].to);
    /* cases resolved from the array initialiser */
    ck_assert(e->cases_known);
    ck_assert_uint_eq(e->ncases, 2);
    char buf[64];
    ck_assert_int_eq(e->cases[0].op, 1);
    ck_assert_str_eq(ir_obj_str(tu, e->cases[0].chan.obj, buf, sizeof buf), "x");
    ck_assert_str_eq(ir_key_str(tu, e->cases[1].chan.value, buf, sizeof buf), "y");
    ck_assert_str_eq(ir_key_str(tu, e->cases[1].elem.obj, buf, sizeof buf), "w");
    DONE();
}
END_TEST

/* ---- goto, labels ------------------------------------------------------------------- */
START_TEST(test_goto_labels)
{
    LOWER("void a(void); void b(void); int c(void);\n"
          "void f(void) {\n"
          "  if (c()) goto out;\n"
          "  a();\n"
          "again:\n"
          "  if (c()) goto again;\n"
          "out:\n"
          "  b();\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    PATH_IS(f, "0", "call c(); call b()");
    PATH_IS(f, "11", "call c(); call a(); call c(); call b()");
    /* goto again loops back to the block of the second c() */
    int32_t c2 = -1;
    for (uint32_t i = 0; i < f->nevents; i++)
        if (strcmp(ev_str(tu, &f->events[i]), "call c()") == 0) c2 = (int32_t)i;
    uint32_t b2 = block_of(f, (uint32_t)c2);
    uint32_t gb = f->blocks[b2].succs[0].to; /* the goto's block */
    uint32_t target = f->blocks[gb].succs[0].to;
    ck_assert_uint_eq(target, b2);
    DONE();
}
END_TEST

/* ---- Guards and cleanups: reverse order on every exit --------------------------------- */
START_TEST(test_guards_every_exit)
{
    LOWER("co_mutex mu; co_waitgroup wg; int c(void); void a(void);\n"
          "int f(void) {\n"
          "  CO_DEFER_DONE(&wg);\n"
          "  {\n"
          "    co_mutex_lock(&mu);\n"
          "    CO_DEFER_UNLOCK(&mu);\n"
          "    if (c()) return 1;\n"
          "    a();\n"
          "  }\n"
          "  return 0;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    PATH_IS(f, "0", "defer co_wg_done(wg); call co_mutex_lock(mu); defer co_mutex_unlock(mu); call c(); "
                    "~call co_mutex_unlock(mu); ~call co_wg_done(wg); ret(1)");
    PATH_IS(f, "1", "defer co_wg_done(wg); call co_mutex_lock(mu); defer co_mutex_unlock(mu); call c(); "
                    "call a(); ~call co_mutex_unlock(mu); ~call co_wg_done(wg); ret(0)");
    /* the deferred calls point at their EV_DEFER, and carry its target */
    int32_t d0 = find_event(tu, f, "defer co_wg_done"), d1 = find_event(tu, f, "defer co_mutex_unlock");
    ck_assert_int_eq(f->events[d1].api, API_MUTEX_UNLOCK);
    ck_assert_int_eq(f->events[d0].api, API_WG_DONE);
    ck_assert_uint_eq(f->events[d1].loc.line, 8); /* the macro's use site */
    uint32_t ndone = 0;
    for (uint32_t i = 0; i < f->nevents; i++) {
        const ir_event *e = &f->events[i];
        if (!e->deferred) continue;
        ck_assert_int_eq(e->kind, EV_CALL);
        ck_assert(e->defer_event == d0 || e->defer_event == d1);
        ck_assert_int_eq(e->api, f->events[e->defer_event].api);
        ck_assert_uint_eq(e->args[0].obj, f->events[e->defer_event].args[0].obj);
        if (e->defer_event == d0) ndone++;
    }
    ck_assert_uint_eq(ndone, 2); /* once per return */
    /* the guard is a local of its type */
    bool found = false;
    for (uint32_t i = 0; i < f->nlocals; i++)
        if (strncmp(f->locals[i].name, "co__guard_", 10) == 0) found = true;
    ck_assert(found);
    DONE();
}
END_TEST

START_TEST(test_guards_break_continue_goto)
{
    LOWER("co_mutex mu; int c(int); void a(void); void z(void);\n"
          "void f(void) {\n"
          "  for (int i = 0; i < 3; i++) {\n"
          "    CO_DEFER_UNLOCK(&mu);\n"
          "    co_mutex_lock(&mu);\n"
          "    if (c(1)) continue;\n"
          "    if (c(2)) break;\n"
          "    if (c(3)) goto out;\n"
          "    a();\n"
          "  }\n"
          "  z();\n"
          "out:\n"
          "  return;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    const char *pre = "defer co_mutex_unlock(mu); call co_mutex_lock(mu); ";
    char want[512];
    /* continue: the guard runs before the jump, then the loop exits (choice 1 at the header) */
    snprintf(want, sizeof want, "%scall c(1); ~call co_mutex_unlock(mu); call z(); ret", pre);
    PATH_IS(f, "001", want);
    snprintf(want, sizeof want, "%scall c(1); call c(2); ~call co_mutex_unlock(mu); call z(); ret", pre);
    PATH_IS(f, "010", want);
    snprintf(want, sizeof want, "%scall c(1); call c(2); call c(3); ~call co_mutex_unlock(mu); ret", pre);
    PATH_IS(f, "0110", want);
    /* falling off the end of the body */
    snprintf(want, sizeof want, "%scall c(1); call c(2); call c(3); call a(); ~call co_mutex_unlock(mu); call z(); ret",
             pre);
    PATH_IS(f, "01111", want);
    DONE();
}
END_TEST

START_TEST(test_guards_switch)
{
    LOWER("co_mutex mu; void a(void); void z(void);\n"
          "void f(int x) {\n"
          "  switch (x) {\n"
          "  case 0: { CO_DEFER_UNLOCK(&mu); co_mutex_lock(&mu); if (x) break; a(); }\n"
          "  /* fall through */\n"
          "  case 1: z(); break;\n"
          "  }\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    /* case 0, break out of the switch from inside the guarded block */
    PATH_IS(f, "00", "defer co_mutex_unlock(mu); call co_mutex_lock(mu); ~call co_mutex_unlock(mu)");
    /* end of the block, then fall through into case 1 */
    PATH_IS(f, "01", "defer co_mutex_unlock(mu); call co_mutex_lock(mu); call a(); ~call co_mutex_unlock(mu); call z()");
    PATH_IS(f, "1", "call z()");
    DONE();
}
END_TEST

START_TEST(test_cleanup_attribute)
{
    LOWER("static void release(int *p) { (void)p; }\n"
          "static void close_it(co_chan **c) { co_chan_close(*c); }\n"
          "void f(co_chan *ch) {\n"
          "  int x __attribute__((cleanup(release))) = 1;\n"
          "  co_chan *c __attribute__((cleanup(close_it))) = ch;\n"
          "  (void)x; (void)c;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    PATH_IS(f, "", "assign c=ch; ~call close_it(c); ~call release(x)");
    int32_t e = find_event(tu, f, "~call close_it");
    ck_assert_int_eq(f->events[e].defer_event, -1);
    ck_assert_int_eq(f->events[e].func, (int32_t)func(tu, "close_it")->index);
    DONE();
}
END_TEST

/* ---- Conditions on call results ----------------------------------------------------------- */
START_TEST(test_conditions_on_results)
{
    LOWER("co_mutex mu; void a(void); void b(void);\n"
          "void f(void) { if (co_mutex_trylock(&mu)) { a(); co_mutex_unlock(&mu); } }\n"
          "void g(void) { bool ok = co_mutex_trylock(&mu); if (!ok) return; b(); co_mutex_unlock(&mu); }\n"
          "void h(co_chan *ch) { int v; while (co_chan_recv(ch, &v)) a(); }\n"
          "void k(co_case *cs) { if (co_select_try(cs, 2) == -1) a(); }\n"
          "void m(co_ctx *ctx) { if (co_ctx_err(ctx) != 0) b(); }\n"
          "void n(co_timer *t) { if (!co_timer_stop(t)) a(); }\n"
          "void q(co_mutex *m) { if (co_mutex_trylock(m) == true) a(); }\n"
          "#define unlikely(x) __builtin_expect(!!(x), 0)\n"
          "void r(co_mutex *m) { if (unlikely(!co_mutex_trylock(m))) return; co_mutex_unlock(m); }\n");
    const ir_func *f = func(tu, "f");
    int32_t tl = find_event(tu, f, "call co_mutex_trylock");
    ck_assert(f->events[tl].in_condition);
    ck_assert_int_eq(f->blocks[0].succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(f->blocks[0].succs[0].event, tl);
    ck_assert_str_eq(block_str(tu, f, f->blocks[0].succs[0].to), "call a(); call co_mutex_unlock(mu)");
    ck_assert_int_eq(f->blocks[0].succs[1].cond, COND_ZERO);

    const ir_func *g = func(tu, "g");
    int32_t gl = find_event(tu, g, "call co_mutex_trylock");
    ck_assert_int_eq(tu->keys[g->events[gl].key].kind, KEY_LOCAL); /* result stored in ok */
    uint32_t gb = block_of(g, (uint32_t)gl);
    /* !ok: the true edge (return) is taken when the result is zero */
    ck_assert_int_eq(g->blocks[gb].succs[0].cond, COND_ZERO);
    ck_assert_int_eq(g->blocks[gb].succs[0].event, gl);
    ck_assert_int_eq(g->blocks[gb].succs[1].cond, COND_NONZERO);
    PATH_IS(g, "0", "call co_mutex_trylock(mu); assign ok=co_mutex_trylock(&mu); ret");

    const ir_func *h = func(tu, "h");
    uint32_t hh = h->loops[0].header;
    int32_t rv = find_event(tu, h, "call co_chan_recv");
    ck_assert_uint_eq(block_of(h, (uint32_t)rv), hh);
    ck_assert_int_eq(h->blocks[hh].succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(h->blocks[hh].succs[1].cond, COND_ZERO);

    const ir_func *k = func(tu, "k");
    int32_t st = find_event(tu, k, "call co_select_try");
    ck_assert_int_eq(k->blocks[0].succs[0].cond, COND_EQ);
    ck_assert_int_eq(k->blocks[0].succs[0].value, -1);
    ck_assert_int_eq(k->blocks[0].succs[0].event, st);
    ck_assert_int_eq(k->blocks[0].succs[1].cond, COND_NE);
    ck_assert(!k->events[st].cases_known); /* a parameter: unknown cases */

    const ir_func *m = func(tu, "m");
    ck_assert_int_eq(m->blocks[0].succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(m->blocks[0].succs[1].cond, COND_ZERO);
    const ir_func *n = func(tu, "n");
    ck_assert_int_eq(n->blocks[0].succs[0].cond, COND_ZERO);
    const ir_func *r = func(tu, "r");
    ck_assert_int_eq(r->blocks[0].succs[0].cond, COND_ZERO); /* the return branch */
    ck_assert_int_eq(r->blocks[0].succs[1].cond, COND_NONZERO);
    const ir_func *q = func(tu, "q");
    ck_assert_int_eq(q->blocks[0].succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(q->blocks[0].succs[1].cond, COND_ZERO);
    DONE();
}
END_TEST

/* ---- Keys and aliases ----------------------------------------------------------------------- */
START_TEST(test_keys_paths)
{
    LOWER("struct inner { co_mutex mu; };\n"
          "struct s { co_mutex mu; int x; struct inner in; int arr[4]; int *p; co_chan *ch; };\n"
          "struct s gs; int garr[3];\n"
          "void f(struct s *p, int i) {\n"
          "  co_mutex_lock(&p->mu);\n"
          "  co_mutex_lock(&(*p).mu);\n"
          "  co_mutex_lock(&gs.in.mu);\n"
          "  co_mutex_lock(&p->in.mu);\n"
          "  p->arr[i] = 1;\n"
          "  garr[i + 1] = 2;\n"
          "  p->p[0] = 3;\n"
          "  co_chan_close(p->ch);\n"
          "  *(&gs.x) = 4;\n"
          "  (&gs)->x = 5;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_str_eq(all_events(tu, f),
                     "call co_mutex_lock(p->mu); call co_mutex_lock(p->mu); call co_mutex_lock(gs.in.mu); "
                     "call co_mutex_lock(p->in.mu); write p->arr[]; write garr[]; read p->p; write p->p[]; "
                     "read p->ch; call co_chan_close(p->ch); write gs.x; write gs.x");
    ck_assert_uint_eq(f->events[0].args[0].obj, f->events[1].args[0].obj);
    ir_key k = f->events[0].args[0].obj;
    const ir_keyinfo *ki = &tu->keys[k];
    ck_assert_int_eq(ki->kind, KEY_FIELD);
    ck_assert_str_eq(ki->name, "mu");
    ck_assert_str_eq(ki->record, "struct s");
    ck_assert_int_eq(ki->type, TY_MUTEX);
    ck_assert_int_eq(tu->keys[ki->parent].kind, KEY_DEREF);
    ck_assert_int_eq(tu->keys[tu->keys[ki->parent].parent].kind, KEY_PARAM);
    ck_assert(ir_key_nonlocal(tu, k));
    ck_assert_uint_eq(ir_key_root(tu, k), tu->keys[ki->parent].parent);
    ck_assert(ir_key_is_prefix(tu, tu->keys[ki->parent].parent, k));
    ck_assert(!ir_key_is_prefix(tu, k, tu->keys[ki->parent].parent));
    /* close(p->ch): the object is *(p->ch), the value p->ch */
    int32_t cl = find_event(tu, f, "call co_chan_close");
    char buf[64];
    ck_assert_str_eq(ir_key_str(tu, f->events[cl].args[0].obj, buf, sizeof buf), "*p->ch");
    ck_assert_str_eq(ir_obj_str(tu, f->events[cl].args[0].obj, buf, sizeof buf), "p->ch");
    ck_assert_str_eq(ir_key_str(tu, f->events[cl].args[0].value, buf, sizeof buf), "p->ch");
    ck_assert_str_eq(f->events[cl].args[0].text, "p->ch");
    ck_assert_int_eq(tu->keys[f->events[cl].args[0].obj].type, TY_AGGREGATE); /* struct co_chan itself */
    ck_assert_int_eq(tu->keys[f->events[cl].args[0].value].type, TY_CHAN_PTR);
    DONE();
}
END_TEST

START_TEST(test_aliases)
{
    LOWER("struct job { co_waitgroup *wg; co_mutex mu; };\n"
          "void f(void *arg) {\n"
          "  struct job *j = arg;\n"
          "  struct job *k = (struct job *)arg;\n"
          "  co_wg_done(j->wg);\n"
          "  co_mutex_lock(&k->mu);\n"
          "}\n"
          "void g(struct job *a, struct job *b) {\n"
          "  struct job *p = a;\n"
          "  p = b;\n"                       /* reassigned: not an alias */
          "  co_mutex_lock(&p->mu);\n"
          "  struct job *q = a;\n"
          "  struct job **qq = &q;\n"        /* address taken: not an alias */
          "  co_mutex_lock(&q->mu); (void)qq;\n"
          "  co_mutex *m = &a->mu;\n"        /* address alias */
          "  co_mutex_lock(m);\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    char buf[64];
    int32_t d = find_event(tu, f, "call co_wg_done");
    ck_assert_str_eq(ir_key_str(tu, f->events[d].args[0].value, buf, sizeof buf), "arg->wg");
    ck_assert_int_eq(tu->keys[ir_key_root(tu, f->events[d].args[0].value)].kind, KEY_PARAM);
    int32_t l = find_event(tu, f, "call co_mutex_lock");
    ck_assert_str_eq(ir_key_str(tu, f->events[l].args[0].obj, buf, sizeof buf), "arg->mu");
    const ir_func *g = func(tu, "g");
    ck_assert_int_ne(find_event(tu, g, "call co_mutex_lock(p->mu)"), -1);
    ck_assert_int_ne(find_event(tu, g, "call co_mutex_lock(q->mu)"), -1);
    ck_assert_int_ne(find_event(tu, g, "call co_mutex_lock(a->mu)"), -1);
    DONE();
}
END_TEST

START_TEST(test_reads_writes_locality)
{
    LOWER("int g; static int sg;\n"
          "void f(int *p, int n) {\n"
          "  static int cnt;\n"
          "  int local = 0;\n"
          "  local = g;\n"
          "  cnt++;\n"
          "  *p += n;\n"
          "  sg = local;\n"
          "  n = 3;\n"
          "  int arr[2]; arr[0] = 1;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_str_eq(all_events(tu, f), "read g; write cnt; write *p; write sg");
    int32_t c = find_event(tu, f, "write cnt");
    ck_assert(ir_key_nonlocal(tu, f->events[c].key));
    bool cnt_static = false;
    for (uint32_t i = 0; i < f->nlocals; i++)
        if (strcmp(f->locals[i].name, "cnt") == 0) cnt_static = f->locals[i].is_static;
    ck_assert(cnt_static);
    ck_assert_uint_eq(tu->nglobals, 2);
    ck_assert(tu->globals[0].is_static);
    DONE();
}
END_TEST

START_TEST(test_assign_and_return)
{
    LOWER("struct srv { co_chan *jobs; };\n"
          "co_chan *gch;\n"
          "co_chan *f(struct srv *s) {\n"
          "  s->jobs = co_chan_make(sizeof(int), 0);\n"
          "  gch = s->jobs;\n"
          "  return s->jobs;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_str_eq(all_events(tu, f),
                     "call co_chan_make(4,0); write s->jobs; assign s->jobs=co_chan_make(sizeof(int), 0); "
                     "read s->jobs; write gch; assign gch=s->jobs; read s->jobs; ret(s->jobs)");
    ck_assert_int_eq(f->events[0].api, API_CHAN_MAKE);
    char buf[64];
    ck_assert_str_eq(ir_key_str(tu, f->events[0].key, buf, sizeof buf), "s->jobs");
    ck_assert(f->events[0].args[0].has_const); /* sizeof folds */
    int32_t r = find_event(tu, f, "ret");
    ck_assert_uint_eq(f->events[r].nargs, 1);
    DONE();
}
END_TEST

START_TEST(test_struct_init_and_fn_alias)
{
    LOWER("struct job { co_waitgroup *wg; int id; co_chan *out; struct { co_mutex *mu; } in; };\n"
          "static void worker(void *arg) { (void)arg; }\n"
          "void f(co_chan *c, co_mutex *m) {\n"
          "  co_waitgroup wg;\n"
          "  struct job j = { .id = 3, .wg = &wg, .in = { m } };\n"
          "  struct job k = { &wg, 1, co_chan_make(1, 0) };\n"
          "  void (*fp)(void *) = worker;\n"
          "  co_go(fp, &j); (void)k; (void)c;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_int_ne(find_event(tu, f, "assign j.wg=&wg"), -1);
    ck_assert_int_ne(find_event(tu, f, "assign j.in.mu=m"), -1);
    ck_assert_int_ne(find_event(tu, f, "assign k.wg=&wg"), -1);
    int32_t mk = find_event(tu, f, "call co_chan_make");
    char buf[64];
    ck_assert_str_eq(ir_key_str(tu, f->events[mk].key, buf, sizeof buf), "k.out");
    int32_t sp = find_event(tu, f, "spawn");
    ck_assert_int_eq(f->events[sp].func, (int32_t)func(tu, "worker")->index);
    ck_assert_str_eq(f->events[sp].args[0].func_name, "worker");
    DONE();
}
END_TEST

START_TEST(test_result_tracking_joins)
{
    LOWER("co_mutex a, b; int c(void); void x(void);\n"
          "void f(void) { bool ok; if (c()) ok = co_mutex_trylock(&a); else ok = co_mutex_trylock(&b);\n"
          "  if (ok) x(); }\n"
          "void g(void) { bool ok = co_mutex_trylock(&a); if (c()) x(); if (ok) x(); }\n"
          "void h(co_chan *ch) { int v; bool more = co_chan_recv(ch, &v); while (more) { x(); more = co_chan_recv(ch, &v); } }\n");
    /* two different calls reach `if (ok)`: no condition is attached */
    const ir_func *f = func(tu, "f");
    int32_t ex = find_event(tu, f, "call x");
    uint32_t xb = block_of(f, (uint32_t)ex);
    uint32_t cb = f->blocks[xb].preds[0];
    ck_assert_int_eq(f->blocks[cb].succs[0].cond, COND_ALWAYS);
    /* an unrelated branch in between does not lose it */
    const ir_func *g = func(tu, "g");
    uint32_t last = block_of(g, (uint32_t)(g->nevents - 1));
    uint32_t gb = g->blocks[last].preds[0];
    ck_assert_int_eq(g->blocks[gb].succs[0].cond, COND_NONZERO);
    ck_assert_int_eq(g->blocks[gb].succs[0].event, 0);
    /* reassigned inside the loop: the header's test is not tied to the first call */
    const ir_func *h = func(tu, "h");
    ck_assert_int_eq(h->blocks[h->loops[0].header].succs[0].cond, COND_ALWAYS);
    DONE();
}
END_TEST

START_TEST(test_noreturn_and_fn_pointer_calls)
{
    LOWER("#include <stdlib.h>\n#include <assert.h>\n"
          "co_mutex mu; void a(void);\n"
          "_Noreturn void die(const char *m);\n"
          "static void helper(int x) { (void)x; }\n"
          "void f(int x) { co_mutex_lock(&mu); if (x) abort(); if (x > 1) die(\"no\"); co_mutex_unlock(&mu); }\n"
          "void g(int *p) { assert(p); a(); }\n"
          "void h(void) { void (*fp)(int) = helper; fp(3); }\n");
    const ir_func *f = func(tu, "f");
    /* the abort() and die() paths end without reaching the exit */
    ck_assert_uint_eq(f->blocks[f->exit].npreds, 1);
    PATH_IS(f, "11", "call co_mutex_lock(mu); call co_mutex_unlock(mu)");
    int32_t ab = find_event(tu, f, "call abort");
    ck_assert_uint_eq(f->blocks[block_of(f, (uint32_t)ab)].nsuccs, 0);
    const ir_func *g = func(tu, "g");
    ck_assert_int_ne(find_event(tu, g, "call __assert_fail"), -1);
    ck_assert_uint_eq(g->blocks[g->exit].npreds, 1);
    const ir_func *h = func(tu, "h");
    int32_t c = find_event(tu, h, "call helper");
    ck_assert_int_ge(c, 0);
    ck_assert_int_eq(h->events[c].func, (int32_t)func(tu, "helper")->index);
    DONE();
}
END_TEST

START_TEST(test_copies)
{
    LOWER("struct acct { co_mutex mu; int bal; };\n"
          "co_mutex gm; struct acct ga;\n"
          "void take(co_mutex m);\n"
          "struct acct get(void) { return ga; }\n"
          "void f(struct acct *p) {\n"
          "  take(gm);\n"
          "  struct acct local = *p;\n"
          "  co_mutex m2;\n"
          "  m2 = gm;\n"
          "  struct acct fresh = { 0 };\n"
          "  (void)local; (void)m2; (void)fresh;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_int_ne(find_event(tu, f, "copy gm passed"), -1);
    ck_assert_int_ne(find_event(tu, f, "copy *p initialised"), -1);
    ck_assert_int_ne(find_event(tu, f, "copy gm assigned"), -1);
    int32_t c = find_event(tu, f, "copy gm passed");
    ck_assert_str_eq(f->events[c].callee, "take");
    uint32_t ncopies = 0;
    for (uint32_t i = 0; i < f->nevents; i++) ncopies += f->events[i].kind == EV_COPY;
    ck_assert_uint_eq(ncopies, 3); /* not for the brace initialiser */
    const ir_func *g = func(tu, "get");
    ck_assert_int_ne(find_event(tu, g, "copy ga returned"), -1);
    /* type classes */
    ck_assert_int_eq(tu->globals[1].type, TY_STRUCT_WITH_SYNC);
    ck_assert_int_eq(tu->globals[0].type, TY_MUTEX);
    DONE();
}
END_TEST

/* ---- select case resolution ----------------------------------------------------------------- */
START_TEST(test_select_cases)
{
    LOWER("void f(co_chan *a, co_chan *b, co_ctx *ctx) {\n"
          "  int x = 1, y;\n"
          "  co_select((co_case[]){ CO_SEND(a, &x), CO_RECV(co_ctx_done(ctx), NULL) }, 2);\n"
          "  co_case cs[2];\n"
          "  cs[0] = CO_RECV(b, &y);\n"
          "  cs[1] = CO_SEND(a, &x);\n"
          "  co_select_try(cs, 2);\n"
          "  co_case braces[1] = { { b, CO_OP_RECV, &y, false } };\n"
          "  co_select(braces, 1);\n"
          "}\n"
          "void fill(co_case *c);\n"
          "void g(co_case *cases, int n, co_chan *a) {\n"
          "  co_select(cases, n);\n"
          "  co_case cs[2];\n"
          "  cs[0] = CO_RECV(a, NULL);\n"
          "  co_select(cs, 2);\n"   /* cs[1] unknown */
          "  co_case cs2[1] = { CO_RECV(a, NULL) };\n"
          "  fill(cs2);\n"           /* escapes: contents unknown */
          "  co_select(cs2, 1);\n"
          "}\n"
          "void h(co_chan *a, co_chan *b) {\n"
          "  int v;\n"
          "  co_case cs[1] = { { .op = CO_OP_SEND, .ch = a, .elem = &v } };\n"
          "  cs[0].ch = b;\n"
          "  co_select(cs, 1);\n"
          "  if (cs[0].ok) v++;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    char buf[64];
    int32_t s1 = find_event(tu, f, "call co_select");
    const ir_event *e = &f->events[s1];
    ck_assert(e->cases_known);
    ck_assert_uint_eq(e->ncases, 2);
    ck_assert_int_eq(e->cases[0].op, 2);
    ck_assert_str_eq(ir_obj_str(tu, e->cases[0].chan.obj, buf, sizeof buf), "a");
    ck_assert_str_eq(ir_key_str(tu, e->cases[0].elem.obj, buf, sizeof buf), "x");
    ck_assert_int_eq(e->cases[1].op, 1);
    ck_assert_int_eq(tu->keys[e->cases[1].chan.value].kind, KEY_TEMP);
    ck_assert(e->cases[1].elem.is_null);
    /* co_ctx_done ran before the select */
    ck_assert_int_lt(find_event(tu, f, "call co_ctx_done"), s1);
    int32_t s2 = find_event(tu, f, "call co_select_try");
    ck_assert(f->events[s2].cases_known);
    ck_assert_uint_eq(f->events[s2].ncases, 2);
    ck_assert_int_eq(f->events[s2].cases[0].op, 1);
    ck_assert_str_eq(ir_obj_str(tu, f->events[s2].cases[0].chan.obj, buf, sizeof buf), "b");
    ck_assert_int_eq(f->events[s2].cases[1].op, 2);
    int32_t s3 = -1;
    for (uint32_t i = (uint32_t)s2 + 1; i < f->nevents; i++)
        if (f->events[i].api == API_SELECT) s3 = (int32_t)i;
    ck_assert_int_ge(s3, 0);
    ck_assert(f->events[s3].cases_known);
    ck_assert_uint_eq(f->events[s3].ncases, 1);
    ck_assert_int_eq(f->events[s3].cases[0].op, 1);
    const ir_func *g = func(tu, "g");
    uint32_t nsel = 0;
    for (uint32_t i = 0; i < g->nevents; i++)
        if (g->events[i].api == API_SELECT) { ck_assert(!g->events[i].cases_known); nsel++; }
    ck_assert_uint_eq(nsel, 3);
    const ir_func *h = func(tu, "h");
    int32_t hs = find_event(tu, h, "call co_select");
    ck_assert(h->events[hs].cases_known);
    ck_assert_int_eq(h->events[hs].cases[0].op, 2);
    ck_assert_str_eq(ir_obj_str(tu, h->events[hs].cases[0].chan.obj, buf, sizeof buf), "b");
    ck_assert_str_eq(ir_key_str(tu, h->events[hs].cases[0].elem.obj, buf, sizeof buf), "v");
    DONE();
}
END_TEST

/* ---- Annotations ----------------------------------------------------------------------------- */
START_TEST(test_annotations)
{
    LOWER("co_mutex gmu;\n"
          "int balance CO_GUARDED_BY(gmu);\n"
          "struct account { co_mutex mu; int bal CO_GUARDED_BY(mu); };\n"
          "void deposit(struct account *s, int n) CO_REQUIRES(s->mu);\n"
          "void deposit(struct account *s, int n) { s->bal += n; }\n"
          "void lock_all(void) CO_ACQUIRES(gmu);\n"
          "void lock_all(void) { co_mutex_lock(&gmu); }\n");
    ck_assert_uint_eq(tu->nglobals, 2);
    const ir_var *bal = &tu->globals[1];
    ck_assert_str_eq(bal->name, "balance");
    ck_assert_uint_eq(bal->nannots, 1);
    ck_assert_int_eq(bal->annots[0].kind, ANN_GUARDED_BY);
    ck_assert_str_eq(bal->annots[0].arg, "gmu");
    ck_assert_uint_eq(bal->annots[0].key, tu->globals[0].key);
    ck_assert_uint_eq(tu->nfield_annots, 1);
    ck_assert_str_eq(tu->field_annots[0].record, "struct account");
    ck_assert_str_eq(tu->field_annots[0].field, "bal");
    ck_assert_str_eq(tu->field_annots[0].annot.arg, "mu");
    const ir_func *d = func(tu, "deposit");
    ck_assert_uint_eq(d->nannots, 1);
    ck_assert_int_eq(d->annots[0].kind, ANN_REQUIRES);
    char buf[64];
    ck_assert_str_eq(ir_key_str(tu, d->annots[0].key, buf, sizeof buf), "s->mu");
    /* the annotation's key is the key the body uses */
    ck_assert_uint_eq(tu->keys[d->annots[0].key].parent, tu->keys[tu->keys[d->events[0].key].parent].kind == KEY_DEREF
                                                             ? tu->keys[d->events[0].key].parent
                                                             : 0);
    ck_assert_str_eq(tu->keys[d->annots[0].key].record, "struct account");
    const ir_func *la = func(tu, "lock_all");
    ck_assert_int_eq(la->annots[0].kind, ANN_ACQUIRES);
    ck_assert_uint_eq(la->annots[0].key, tu->globals[0].key);
    ck_assert_uint_eq(la->events[0].args[0].obj, la->annots[0].key);
    DONE();
}
END_TEST

START_TEST(test_annotation_resolution)
{
    LOWER("extern int total CO_GUARDED_BY(lock_b);\n"   /* names a global declared later */
          "co_mutex lock_b;\n"
          "co_mutex mu;\n"
          "struct acct { co_mutex mu; int bal CO_GUARDED_BY(mu); int other CO_GUARDED_BY(lock_b); };\n"
          "struct pair { struct acct a; };\n"
          "void xfer(struct pair *p, struct acct *q) CO_REQUIRES(p->a.mu) CO_RELEASES(q->mu);\n"
          "void xfer(struct pair *p, struct acct *q) { co_mutex_unlock(&q->mu); (void)p; }\n");
    ck_assert_uint_eq(tu->globals[0].annots[0].key, tu->globals[1].key);
    ck_assert_uint_eq(tu->nfield_annots, 2);
    ck_assert_uint_eq(tu->field_annots[0].annot.key, 0); /* the field mu, not the global mu */
    ck_assert_uint_eq(tu->field_annots[1].annot.key, tu->globals[1].key);
    const ir_func *x = func(tu, "xfer");
    ck_assert_uint_eq(x->nannots, 2);
    char buf[64];
    ck_assert_str_eq(ir_key_str(tu, x->annots[0].key, buf, sizeof buf), "p->a.mu");
    ck_assert_int_eq(x->annots[1].kind, ANN_RELEASES);
    ck_assert_uint_eq(x->annots[1].key, x->events[0].args[0].obj);
    ck_assert_int_eq(tu->keys[x->annots[0].key].type, TY_MUTEX);
    DONE();
}
END_TEST

START_TEST(test_vars_and_types)
{
    LOWER("struct w { co_waitgroup wgs[2]; };\n"
          "void f(co_mutex *m, co_cancel_fn cancel, co_ctx *ctx, co_timer *t, co_ticker *tk, struct w *pw) {\n"
          "  co_rwmutex rw = CO_RWMUTEX_INIT; co_cond c = CO_COND_INIT; co_once o = CO_ONCE_INIT;\n"
          "  struct w local; double d = 0;\n"
          "  (void)m; (void)cancel; (void)ctx; (void)t; (void)tk; (void)pw; (void)rw; (void)c; (void)o; (void)local; (void)d;\n"
          "}\n");
    const ir_func *f = func(tu, "f");
    ck_assert_uint_eq(f->nparams, 6);
    ck_assert_int_eq(f->params[0].type, TY_POINTER);
    ck_assert_int_eq(f->params[1].type, TY_CANCEL_FN);
    ck_assert_int_eq(f->params[2].type, TY_CTX_PTR);
    ck_assert_int_eq(f->params[3].type, TY_TIMER_PTR);
    ck_assert_int_eq(f->params[4].type, TY_TICKER_PTR);
    ck_assert(f->params[0].is_param);
    ck_assert_int_eq(tu->keys[f->params[2].key].kind, KEY_PARAM);
    ck_assert_int_eq(tu->keys[f->params[2].key].index, 2);
    ck_assert_uint_eq(f->nlocals, 5);
    ck_assert_int_eq(f->locals[0].type, TY_RWMUTEX);
    ck_assert_int_eq(f->locals[1].type, TY_COND);
    ck_assert_int_eq(f->locals[2].type, TY_ONCE);
    ck_assert_int_eq(f->locals[3].type, TY_STRUCT_WITH_SYNC); /* an array of waitgroups inside */
    ck_assert_int_eq(f->locals[4].type, TY_SCALAR);
    ck_assert_str_eq(f->locals[0].type_text, "co_rwmutex");
    ck_assert_int_eq(tu->keys[f->locals[3].key].kind, KEY_LOCAL);
    ck_assert_int_eq(tu->keys[f->locals[3].key].index, 3);
    ck_assert_uint_eq(f->loc.line, 4);
    ck_assert_uint_eq(f->end_loc.line, 8);
    DONE();
}
END_TEST

START_TEST(test_dump)
{
    LOWER("co_mutex mu;\nvoid f(int x) { while (x--) { co_mutex_lock(&mu); co_mutex_unlock(&mu); } }\n");
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ir_dump(tu, fp);
    fclose(fp);
    ck_assert_ptr_nonnull(strstr(buf, "func 0 f"));
    ck_assert_ptr_nonnull(strstr(buf, "call co_mutex_lock(mu)"));
    ck_assert_ptr_nonnull(strstr(buf, "back"));
    ck_assert_ptr_nonnull(strstr(buf, "loop 0 header="));
    free(buf);
    ck_assert_str_eq(ir_api_name(API_CHAN_SEND), "co_chan_send");
    ck_assert_str_eq(ir_api_name(API_NONE), "");
    DONE();
}
END_TEST

/* ---- Hostile inputs ----------------------------------------------------------------------------- */
START_TEST(test_hostile_empty_binary_missing)
{
    diag_list notes;
    memset(&notes, 0, sizeof notes);
    bool ok = false;
    ir_tu *tu = lower_bytes("", 0, &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert(ok);
    ck_assert_uint_eq(tu->nfuncs, 0);
    ir_tu_free(tu);

    tu = lower_bytes("int x;\0\1\2garbage", 17, &notes, &ok);
    ck_assert_ptr_null(tu);
    ck_assert(!ok);
    ck_assert_uint_ge(notes_matching(&notes, "binary"), 1);

    frontend *fe = frontend_new(CO_INCLUDE_DIR);
    tu = frontend_parse(fe, "/nonexistent/dir/x.c", NULL, 0, NULL, &notes, &ok);
    ck_assert_ptr_null(tu);
    ck_assert(!ok);
    ck_assert_uint_ge(notes_matching(&notes, "cannot read"), 1);
    tu = frontend_parse(fe, "/tmp", NULL, 0, NULL, &notes, &ok);
    ck_assert_ptr_null(tu);
    frontend_free(fe);
    for (size_t i = 0; i < notes.nnotes; i++) ck_assert_ptr_nonnull(notes.notes[i].loc.file);
    diag_list_free(&notes);
}
END_TEST

START_TEST(test_hostile_syntax_errors)
{
    diag_list notes;
    memset(&notes, 0, sizeof notes);
    bool ok = true;
    ir_tu *tu = lower_snippet("void f(void) { int x = ; co_mutex_lock(&mu) }\n", &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert(!ok);
    ck_assert_uint_ge(notes.nnotes, 1);
    ck_assert_int_eq(notes.notes[0].level, LEVEL_ERROR);
    ck_assert_uint_eq(notes.notes[0].loc.line, 1);
    ck_assert_uint_gt(notes.notes[0].loc.col, 0);
    ck_assert_uint_eq(tu->nfuncs, 0); /* not lowered: no rule may run on it */
    ir_tu_free(tu);
    diag_list_free(&notes);

    memset(&notes, 0, sizeof notes);
    tu = lower_snippet("#include \"no_such_header.h\"\nvoid f(void) {}\n", &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert(!ok);
    ck_assert_uint_ge(notes_matching(&notes, "no_such_header.h"), 1);
    ir_tu_free(tu);
    diag_list_free(&notes);

    memset(&notes, 0, sizeof notes);
    tu = lower_snippet("void f(void) { }\n/* never closed\n", &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert(!ok);
    ck_assert_uint_ge(notes_matching(&notes, "unterminated"), 1);
    ir_tu_free(tu);
    diag_list_free(&notes);

    /* invalid UTF-8: a warning note, still analysed */
    memset(&notes, 0, sizeof notes);
    tu = lower_snippet("/* caf\xe9 */ void f(void) { }\n", &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert(ok);
    ck_assert_uint_ge(notes_matching(&notes, "UTF-8"), 1);
    ck_assert_ptr_nonnull(func(tu, "f"));
    ir_tu_free(tu);
    diag_list_free(&notes);
}
END_TEST

START_TEST(test_hostile_long_line)
{
    /* a 100,000-character line: one long expression */
    size_t n = 100000;
    char *code = malloc(n + 256);
    strcpy(code, "int g;\nvoid f(void) { g = 0");
    size_t len = strlen(code);
    while (len < n) { memcpy(code + len, "+1", 2); len += 2; }
    strcpy(code + len, "; }\n");
    diag_list notes;
    memset(&notes, 0, sizeof notes);
    bool ok = false;
    ir_tu *tu = lower_snippet(code, &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    const ir_func *f = func(tu, "f");
    ck_assert_ptr_nonnull(f);
    if (ok) ck_assert_int_ne(find_event(tu, f, "write g"), -1);
    ir_tu_free(tu);
    diag_list_free(&notes);
    free(code);
}
END_TEST

START_TEST(test_hostile_deep_nesting)
{
    /* 5,000 nested blocks: clang stops at its bracket limit (an error note) */
    size_t depth = 5000;
    char *code = malloc(depth * 40 + 256);
    strcpy(code, "void a(void);\nvoid f(int x) {\n");
    size_t len = strlen(code);
    for (size_t i = 0; i < depth; i++) code[len++] = '{';
    len += (size_t)sprintf(code + len, "a();");
    for (size_t i = 0; i < depth; i++) code[len++] = '}';
    strcpy(code + len, "}\n");
    diag_list notes;
    memset(&notes, 0, sizeof notes);
    bool ok = true;
    ir_tu *tu = lower_snippet(code, &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    ck_assert_uint_ge(notes.nnotes, 1);
    ir_tu_free(tu);
    diag_list_free(&notes);

    /* 5,000 nested ifs without braces: parsed fine, lowered up to a bound */
    strcpy(code, "void a(void);\nvoid f(int x) {\n");
    len = strlen(code);
    for (size_t i = 0; i < depth; i++) len += (size_t)sprintf(code + len, "if (x) ");
    strcpy(code + len, "a();\n}\nvoid g(void) { a(); }\n");
    memset(&notes, 0, sizeof notes);
    tu = lower_snippet(code, &notes, &ok);
    ck_assert_ptr_nonnull(tu);
    if (ok) {
        const ir_func *g = func(tu, "g");
        ck_assert_ptr_nonnull(g);
        ck_assert_str_eq(all_events(tu, g), "call a()");
        ck_assert_uint_ge(notes_matching(&notes, "nested too deeply"), 1);
    }
    ir_tu_free(tu);
    diag_list_free(&notes);
    free(code);
}
END_TEST

static Suite *frontend_suite(void)
{
    Suite *s = suite_create("frontend");
    TCase *tc = tcase_create("cfg");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_straight_line);
    tcase_add_test(tc, test_calls_nested_and_temps);
    tcase_add_test(tc, test_spawn);
    tcase_add_test(tc, test_if_else);
    tcase_add_test(tc, test_short_circuit);
    tcase_add_test(tc, test_constant_conditions);
    tcase_add_test(tc, test_while_loop);
    tcase_add_test(tc, test_for_trip_counts);
    tcase_add_test(tc, test_infinite_loops_and_nesting);
    tcase_add_test(tc, test_macro_loops);
    tcase_add_test(tc, test_do_while);
    tcase_add_test(tc, test_break_continue);
    tcase_add_test(tc, test_switch_fallthrough_default);
    tcase_add_test(tc, test_switch_on_select);
    tcase_add_test(tc, test_goto_labels);
    tcase_add_test(tc, test_guards_every_exit);
    tcase_add_test(tc, test_guards_break_continue_goto);
    tcase_add_test(tc, test_guards_switch);
    tcase_add_test(tc, test_cleanup_attribute);
    tcase_add_test(tc, test_conditions_on_results);
    tcase_add_test(tc, test_keys_paths);
    tcase_add_test(tc, test_aliases);
    tcase_add_test(tc, test_reads_writes_locality);
    tcase_add_test(tc, test_assign_and_return);
    tcase_add_test(tc, test_struct_init_and_fn_alias);
    tcase_add_test(tc, test_result_tracking_joins);
    tcase_add_test(tc, test_noreturn_and_fn_pointer_calls);
    tcase_add_test(tc, test_copies);
    tcase_add_test(tc, test_select_cases);
    tcase_add_test(tc, test_annotations);
    tcase_add_test(tc, test_annotation_resolution);
    tcase_add_test(tc, test_vars_and_types);
    tcase_add_test(tc, test_dump);
    suite_add_tcase(s, tc);
    TCase *th = tcase_create("hostile");
    tcase_set_timeout(th, 120);
    tcase_add_test(th, test_hostile_empty_binary_missing);
    tcase_add_test(th, test_hostile_syntax_errors);
    tcase_add_test(th, test_hostile_long_line);
    tcase_add_test(th, test_hostile_deep_nesting);
    suite_add_tcase(s, th);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(frontend_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    fe_util_teardown();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
