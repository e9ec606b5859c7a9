/* test_analysis.c: unit tests of the analysis library (dataflow solver,
 * call graph, concurrency model, effect summaries, path search) on small C
 * snippets lowered by the real frontend. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis.h"
#include "frontend.h"

static frontend *fe;
static char tmpdir[] = "/tmp/cvet-analysis-XXXXXX";

static ir_tu *parse(const char *code) {
    static int counter;
    char path[256];
    snprintf(path, sizeof path, "%s/s%d.c", tmpdir, counter++);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "#include <co.h>\n%s", code);
    fclose(f);
    diag_list notes = {0};
    bool ok = false;
    const char *args[] = { "-std=gnu11" };
    ir_tu *tu = frontend_parse(fe, path, args, 1, NULL, &notes, &ok);
    for (size_t i = 0; i < notes.nnotes; i++) fprintf(stderr, "note: %s\n", notes.notes[i].message);
    ck_assert_msg(tu && ok, "snippet did not parse");
    diag_list_free(&notes);
    return tu;
}

static const ir_func *fn(const ir_tu *tu, const char *name) {
    const ir_func *f = ir_func_by_name(tu, name);
    ck_assert_msg(f != NULL, "no function %s", name);
    return f;
}

/* ---- A toy lattice: the set of mutexes held (by key), must or may ---------- */
typedef struct held { ir_key k[8]; } held;
typedef struct lockctx { bool must; } lockctx;

static bool has(const held *h, ir_key k) { for (int i = 0; i < 8; i++) if (h->k[i] == k) return true; return false; }
static void add(held *h, ir_key k) {
    if (!k || has(h, k)) return;
    for (int i = 0; i < 8; i++) if (!h->k[i]) { h->k[i] = k; break; }
    /* keep sorted so memcmp equality is set equality */
    for (int i = 0; i < 8; i++) for (int j = i + 1; j < 8; j++)
        if (h->k[j] > h->k[i]) { ir_key t = h->k[i]; h->k[i] = h->k[j]; h->k[j] = t; }
}
static void del(held *h, ir_key k) {
    held n = {0};
    for (int i = 0; i < 8; i++) if (h->k[i] && h->k[i] != k) add(&n, h->k[i]);
    *h = n;
}
static void l_boundary(void *s, void *c) { (void)c; memset(s, 0, sizeof(held)); }
static void l_bottom(void *s, void *c) {
    const lockctx *lc = c;
    memset(s, lc->must ? 0xff : 0, sizeof(held)); /* must: "everything" (marked by all-ones) */
}
static bool is_top(const held *h) { return h->k[0] == (ir_key)-1 && h->k[7] == (ir_key)-1; }
static void l_join(void *d, const void *s, void *c) {
    const lockctx *lc = c;
    held *dh = d; const held *sh = s;
    if (lc->must) {
        if (is_top(sh)) return;
        if (is_top(dh)) { *dh = *sh; return; }
        held n = {0};
        for (int i = 0; i < 8; i++) if (dh->k[i] && has(sh, dh->k[i])) add(&n, dh->k[i]);
        *dh = n;
    } else {
        for (int i = 0; i < 8; i++) add(dh, sh->k[i]);
    }
}
static void l_transfer(void *s, const ir_func *f, const ir_event *ev, void *c) {
    (void)f; (void)c;
    if (ev->kind != EV_CALL || !ev->nargs) return;
    if (ev->api == API_MUTEX_LOCK) add(s, ev->args[0].obj);
    if (ev->api == API_MUTEX_UNLOCK) del(s, ev->args[0].obj);
}
static bool l_edge(void *s, const ir_func *f, const ir_block *from, const ir_edge *e, void *c) {
    (void)from; (void)c;
    if (e->cond == COND_NONZERO && e->event >= 0) {
        const ir_event *ev = &f->events[e->event];
        if (ev->api == API_MUTEX_TRYLOCK) add(s, ev->args[0].obj);
    }
    return true;
}

static df_result *solve_locks(const ir_func *f, lockctx *lc) {
    df_problem p = { sizeof(held), false, l_boundary, l_bottom, l_join, l_transfer, l_edge, lc };
    return df_solve(f, &p);
}

static ir_key global_key(const ir_tu *tu, const char *name) {
    for (uint32_t i = 0; i < tu->nglobals; i++)
        if (strcmp(tu->globals[i].name, name) == 0) return tu->globals[i].key;
    ck_abort_msg("no global %s", name);
    return 0;
}

START_TEST(solver_must_and_may_on_branches) {
    ir_tu *tu = parse("co_mutex mu;\n"
                      "void f(int c) { co_mutex_lock(&mu); if (c) co_mutex_unlock(&mu); }\n");
    const ir_func *f = fn(tu, "f");
    ir_key mu = global_key(tu, "mu");
    lockctx must = { true }, may = { false };
    df_result *rm = solve_locks(f, &must), *ry = solve_locks(f, &may);
    ck_assert(df_reached(rm, f->exit));
    ck_assert(!has(df_in(rm, f->exit), mu));   /* not held on every path */
    ck_assert(has(df_in(ry, f->exit), mu));    /* held on some path */
    df_free(rm); df_free(ry);
    ir_tu_free(tu);
}
END_TEST

START_TEST(solver_loops_converge) {
    ir_tu *tu = parse("co_mutex mu;\n"
                      "void f(int n) { for (int i = 0; i < n; i++) { co_mutex_lock(&mu); co_mutex_unlock(&mu); } co_mutex_lock(&mu); }\n");
    const ir_func *f = fn(tu, "f");
    ir_key mu = global_key(tu, "mu");
    lockctx must = { true };
    df_result *r = solve_locks(f, &must);
    ck_assert(has(df_in(r, f->exit), mu));
    /* at the loop header the lock is never held on entry */
    ck_assert_int_ge(f->nloops, 1);
    const held *hdr = df_in(r, f->loops[0].header);
    ck_assert(!has(hdr, mu));
    df_free(r);
    ir_tu_free(tu);
}
END_TEST

START_TEST(solver_edge_refinement_trylock) {
    ir_tu *tu = parse("co_mutex mu;\n"
                      "int f(void) { if (co_mutex_trylock(&mu)) { co_mutex_unlock(&mu); return 1; } return 0; }\n");
    const ir_func *f = fn(tu, "f");
    ir_key mu = global_key(tu, "mu");
    lockctx must = { true };
    df_result *r = solve_locks(f, &must);
    /* the unlock happens in a block whose in-state holds mu (from the true edge) */
    bool saw_unlock_with_lock = false;
    for (uint32_t b = 0; b < f->nblocks; b++)
        for (uint32_t i = 0; i < f->blocks[b].nevents; i++) {
            const ir_event *ev = &f->events[f->blocks[b].first_event + i];
            if (ev->api == API_MUTEX_UNLOCK && df_reached(r, b) && has(df_in(r, b), mu)) saw_unlock_with_lock = true;
        }
    ck_assert(saw_unlock_with_lock);
    ck_assert(!has(df_in(r, f->exit), mu));
    df_free(r);
    ir_tu_free(tu);
}
END_TEST

/* Backward problem: "will mu be unlocked later on every path" (a must-
 * future), computed backward from the exit. */
static void b_boundary(void *s, void *c) { (void)c; memset(s, 0, sizeof(held)); }
static void b_transfer(void *s, const ir_func *f, const ir_event *ev, void *c) {
    (void)f; (void)c;
    if (ev->kind == EV_CALL && ev->api == API_MUTEX_UNLOCK && ev->nargs) add(s, ev->args[0].obj);
}
START_TEST(solver_backward) {
    ir_tu *tu = parse("co_mutex mu;\n"
                      "void f(int c) { co_mutex_lock(&mu); if (c) { co_mutex_unlock(&mu); return; } co_mutex_unlock(&mu); }\n"
                      "void g(int c) { co_mutex_lock(&mu); if (c) { return; } co_mutex_unlock(&mu); }\n");
    lockctx must = { true };
    df_problem p = { sizeof(held), true, b_boundary, l_bottom, l_join, b_transfer, NULL, &must };
    ir_key mu = global_key(tu, "mu");
    const ir_func *f = fn(tu, "f"), *g = fn(tu, "g");
    df_result *rf = df_solve(f, &p), *rg = df_solve(g, &p);
    /* "out" of the entry block for a backward problem = state before its first event */
    ck_assert(has(df_out(rf, 0), mu));
    ck_assert(!has(df_out(rg, 0), mu));
    df_free(rf); df_free(rg);
    ir_tu_free(tu);
}
END_TEST

typedef struct walkcount { int locks; int held_at_unlock; ir_key mu; } walkcount;
static void visit(const void *st, const ir_event *ev, uint32_t idx, void *ud) {
    (void)idx;
    walkcount *w = ud;
    if (ev->api == API_MUTEX_LOCK) w->locks++;
    if (ev->api == API_MUTEX_UNLOCK && has(st, w->mu)) w->held_at_unlock++;
}
START_TEST(solver_walk_block_replays_states) {
    ir_tu *tu = parse("co_mutex mu;\nvoid f(void) { co_mutex_lock(&mu); co_mutex_unlock(&mu); }\n");
    const ir_func *f = fn(tu, "f");
    lockctx must = { true };
    df_result *r = solve_locks(f, &must);
    walkcount w = { 0, 0, global_key(tu, "mu") };
    for (uint32_t b = 0; b < f->nblocks; b++) df_walk_block(r, f, b, visit, &w);
    ck_assert_int_eq(w.locks, 1);
    ck_assert_int_eq(w.held_at_unlock, 1);
    df_free(r);
    ir_tu_free(tu);
}
END_TEST

static const char *cg_src =
    "static co_waitgroup wg;\n"
    "static int counter;\n"
    "static void setup(void) { counter = 0; }\n"
    "static void bump(void) { counter++; }\n"
    "static void worker(void *arg) { (void)arg; bump(); co_wg_done(&wg); }\n"
    "static void run(void *arg) {\n"
    "    (void)arg; setup();\n"
    "    co_wg_add(&wg, 1);\n"
    "    co_go(worker, NULL);\n"
    "    bump();\n"
    "    co_wg_wait(&wg);\n"
    "}\n"
    "int main(void) { return co_main(run, NULL); }\n";

START_TEST(callgraph_roles_and_order) {
    ir_tu *tu = parse(cg_src);
    analysis *an = analysis_new(tu);
    uint32_t setup = fn(tu, "setup")->index, bump = fn(tu, "bump")->index,
             worker = fn(tu, "worker")->index, run = fn(tu, "run")->index;
    ck_assert(cg_node_of(an, run)->is_main);
    ck_assert(cg_node_of(an, run)->is_goroutine);
    ck_assert(cg_node_of(an, worker)->is_goroutine);
    ck_assert(!cg_node_of(an, worker)->is_main);
    ck_assert_int_eq(cg_node_of(an, worker)->nspawners, 1);
    ck_assert_int_eq(cg_node_of(an, run)->nspawns, 1);
    ck_assert_int_eq(cg_node_of(an, bump)->ncallers, 2);
    ck_assert(cg_reaches(an, run, setup));
    ck_assert(!cg_reaches(an, setup, run));
    /* bottom-up: callees before callers */
    uint32_t n; const uint32_t *order = cg_bottom_up(an, &n);
    int pos_bump = -1, pos_worker = -1, pos_run = -1;
    for (uint32_t i = 0; i < n; i++) {
        if (order[i] == bump) pos_bump = (int)i;
        if (order[i] == worker) pos_worker = (int)i;
        if (order[i] == run) pos_run = (int)i;
    }
    ck_assert_int_lt(pos_bump, pos_worker);
    ck_assert_int_lt(pos_bump, pos_run);
    analysis_free(an);
    ir_tu_free(tu);
}
END_TEST

START_TEST(callgraph_concurrency_model) {
    ir_tu *tu = parse(cg_src);
    analysis *an = analysis_new(tu);
    const ir_func *run = fn(tu, "run");
    uint32_t setup = fn(tu, "setup")->index, bump = fn(tu, "bump")->index, worker = fn(tu, "worker")->index;
    ck_assert(!cg_may_run_concurrently(an, setup));  /* only called before the spawn */
    ck_assert(cg_may_run_concurrently(an, bump));    /* called from the goroutine */
    ck_assert(cg_may_run_concurrently(an, worker));
    ck_assert(cg_may_spawn(an, run->index));
    ck_assert(!cg_may_spawn(an, worker));
    /* events of run: the setup() call is pre-spawn, the bump() call is not */
    int pre = -1, post = -1;
    for (uint32_t e = 0; e < run->nevents; e++) {
        const ir_event *ev = &run->events[e];
        if (ev->kind == EV_CALL && ev->func == (int32_t)setup) pre = (int)e;
        if (ev->kind == EV_CALL && ev->func == (int32_t)bump) post = (int)e;
    }
    ck_assert_int_ge(pre, 0); ck_assert_int_ge(post, 0);
    ck_assert(cg_event_pre_spawn(an, run->index, (uint32_t)pre));
    ck_assert(!cg_event_pre_spawn(an, run->index, (uint32_t)post));
    analysis_free(an);
    ir_tu_free(tu);
}
END_TEST

static const char *sum_src =
    "struct job { co_mutex mu; co_waitgroup *wg; int n; };\n"
    "co_mutex gmu;\n"
    "struct job *saved;\n"
    "static void unlock_it(co_mutex *m) { co_mutex_unlock(m); }\n"
    "static void maybe_unlock(co_mutex *m, int c) { if (c) co_mutex_unlock(m); }\n"
    "static void via_helper(struct job *j) { unlock_it(&j->mu); }\n"
    "static void deferred(co_mutex *m) { CO_DEFER_UNLOCK(m); }\n"
    "static void keep(struct job *j) { saved = j; }\n"
    "static struct job *give(struct job *j) { return j; }\n"
    "static void finish(void *arg) { struct job *j = arg; co_wg_done(j->wg); }\n"
    "static void add3(co_waitgroup *wg) { co_wg_add(wg, 1); co_wg_add(wg, 2); }\n"
    "static void forever(void) { for (;;) co_yield(); }\n"
    "static void locks_global(void) { co_mutex_lock(&gmu); }\n"
    "void use(struct job *j, co_waitgroup *wg) {\n"
    "    co_mutex_lock(&j->mu); unlock_it(&j->mu);\n"
    "    co_mutex_lock(&j->mu); via_helper(j);\n"
    "    co_go(finish, j);\n"
    "    add3(wg);\n"
    "    locks_global();\n"
    "}\n";

static const ir_event *find_call(const ir_func *f, const char *callee, int nth) {
    for (uint32_t e = 0; e < f->nevents; e++) {
        const ir_event *ev = &f->events[e];
        const char *name = ev->kind == EV_SPAWN ? "co_go" : ev->callee;
        if ((ev->kind == EV_CALL || ev->kind == EV_SPAWN) && name && strcmp(name, callee) == 0 && nth-- == 0) return ev;
    }
    ck_abort_msg("no call to %s", callee);
    return NULL;
}

START_TEST(summary_must_may_and_helpers) {
    ir_tu *tu = parse(sum_src);
    analysis *an = analysis_new(tu);
    const ir_func *unlock_it = fn(tu, "unlock_it"), *maybe = fn(tu, "maybe_unlock"), *dfr = fn(tu, "deferred");
    ir_key p0 = unlock_it->params[0].key;
    ir_key m_obj = 0;
    /* the object is *m: find the unlock effect, whatever its exact key */
    const fn_summary *s = summary_of(an, unlock_it->index);
    ck_assert(s->returns);
    for (uint32_t i = 0; i < s->neffects; i++)
        if (s->effects[i].kind == EFF_UNLOCK) { m_obj = s->effects[i].key; ck_assert(s->effects[i].must); }
    ck_assert_uint_ne(m_obj, 0);
    ck_assert_uint_eq(ir_key_root(tu, m_obj), p0);

    const fn_summary *sm = summary_of(an, maybe->index);
    bool found = false;
    for (uint32_t i = 0; i < sm->neffects; i++)
        if (sm->effects[i].kind == EFF_UNLOCK) { found = true; ck_assert(!sm->effects[i].must); }
    ck_assert(found);

    const fn_summary *sd = summary_of(an, dfr->index); /* a defer guard's scope exit counts */
    found = false;
    for (uint32_t i = 0; i < sd->neffects; i++)
        if (sd->effects[i].kind == EFF_UNLOCK && sd->effects[i].must) found = true;
    ck_assert(found);

    /* at the call sites in use(): both helpers must-unlock j->mu */
    const ir_func *use = fn(tu, "use");
    const ir_event *c1 = find_call(use, "unlock_it", 0), *c2 = find_call(use, "via_helper", 0);
    const ir_event *lock = find_call(use, "co_mutex_lock", 0);
    ir_key jmu = lock->args[0].obj;
    ck_assert(summary_call_does(an, c1, EFF_UNLOCK, jmu, true));
    ck_assert(summary_call_does(an, c2, EFF_UNLOCK, jmu, true));
    ck_assert(!summary_call_does(an, c2, EFF_LOCK, jmu, false));
    analysis_free(an);
    ir_tu_free(tu);
}
END_TEST

START_TEST(summary_escapes_spawns_counts) {
    ir_tu *tu = parse(sum_src);
    analysis *an = analysis_new(tu);
    const ir_func *keep = fn(tu, "keep"), *give = fn(tu, "give"), *add3 = fn(tu, "add3"), *forever = fn(tu, "forever");
    bool esc = false;
    const fn_summary *sk = summary_of(an, keep->index);
    for (uint32_t i = 0; i < sk->neffects; i++)
        if (sk->effects[i].kind == EFF_ESCAPE && ir_key_root(tu, sk->effects[i].key) == keep->params[0].key) esc = true;
    ck_assert_msg(esc, "storing into a global is an escape");
    esc = false;
    const fn_summary *sg = summary_of(an, give->index);
    for (uint32_t i = 0; i < sg->neffects; i++)
        if (sg->effects[i].kind == EFF_ESCAPE && ir_key_root(tu, sg->effects[i].key) == give->params[0].key) esc = true;
    ck_assert_msg(esc, "returning is an escape");

    const fn_summary *sa = summary_of(an, add3->index);
    bool added = false;
    for (uint32_t i = 0; i < sa->neffects; i++)
        if (sa->effects[i].kind == EFF_WG_ADD) { added = true; ck_assert_int_eq(sa->effects[i].count, 3); }
    ck_assert(added);
    ck_assert(!summary_of(an, forever->index)->returns);

    /* the spawned function's Done maps onto what co_go's arg designates */
    const ir_func *use = fn(tu, "use"), *finish = fn(tu, "finish");
    const ir_event *sp = find_call(use, "co_go", 0);
    const fn_summary *sf = summary_of(an, finish->index);
    ir_key done_key = 0;
    for (uint32_t i = 0; i < sf->neffects; i++)
        if (sf->effects[i].kind == EFF_WG_DONE) done_key = sf->effects[i].key;
    ck_assert_uint_ne(done_key, 0);
    ir_key mapped = summary_map_key(an, sp, done_key);
    ck_assert_uint_ne(mapped, 0);
    char buf[128];
    ck_assert_str_eq(ir_obj_str(tu, mapped, buf, sizeof buf), "j->wg");

    /* globals map to themselves through calls */
    const ir_event *lg = find_call(use, "locks_global", 0);
    ck_assert(summary_call_does(an, lg, EFF_LOCK, global_key(tu, "gmu"), true));
    ck_assert(summary_call_does(an, lg, EFF_BLOCK, 0, true));

    /* library calls: reading or freeing keeps nothing; copying may */
    ck_assert(harmless_library_callee("printf") && harmless_library_callee("free"));
    ck_assert(!harmless_library_callee("memcpy") && !harmless_library_callee("strcpy"));
    ck_assert(!harmless_library_callee("pthread_create") && !harmless_library_callee(NULL));
    analysis_free(an);
    ir_tu_free(tu);
}
END_TEST

static bool avoid_unlock(const ir_func *f, uint32_t b, void *ud) {
    (void)ud;
    for (uint32_t i = 0; i < f->blocks[b].nevents; i++)
        if (f->events[f->blocks[b].first_event + i].api == API_MUTEX_UNLOCK) return true;
    return false;
}
START_TEST(paths_shortest_and_avoiding) {
    ir_tu *tu = parse("co_mutex mu;\n"
                      "int f(int a, int b) { co_mutex_lock(&mu); if (a) { co_mutex_unlock(&mu); return 1; }\n"
                      "  if (b) return 2; co_mutex_unlock(&mu); return 0; }\n"
                      "int g(void) { co_mutex_lock(&mu); co_mutex_unlock(&mu); return 0; }\n");
    const ir_func *f = fn(tu, "f"), *g = fn(tu, "g");
    uint32_t path[64];
    uint32_t n = cfg_find_path(f, 0, f->exit, NULL, NULL, path, 64);
    ck_assert_uint_ge(n, 2);
    ck_assert_uint_eq(path[0], 0);
    ck_assert_uint_eq(path[n - 1], f->exit);
    /* a path to the exit that never unlocks exists in f (the `return 2`), not in g */
    ck_assert_uint_gt(cfg_find_path(f, 0, f->exit, avoid_unlock, NULL, path, 64), 0);
    ck_assert_uint_eq(cfg_find_path(g, 0, g->exit, avoid_unlock, NULL, path, 64), 0);
    uint64_t bits[64] = {0};
    cfg_reachable(f, 0, bits);
    ck_assert((bits[f->exit / 64] >> (f->exit % 64)) & 1);
    ir_tu_free(tu);
}
END_TEST

int main(void) {
    if (!mkdtemp(tmpdir)) return 2;
    fe = frontend_new(CO_INCLUDE_DIR);
    Suite *s = suite_create("analysis");
    TCase *t = tcase_create("solver");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, solver_must_and_may_on_branches);
    tcase_add_test(t, solver_loops_converge);
    tcase_add_test(t, solver_edge_refinement_trylock);
    tcase_add_test(t, solver_backward);
    tcase_add_test(t, solver_walk_block_replays_states);
    suite_add_tcase(s, t);
    TCase *c = tcase_create("callgraph");
    tcase_set_timeout(c, 60);
    tcase_add_test(c, callgraph_roles_and_order);
    tcase_add_test(c, callgraph_concurrency_model);
    suite_add_tcase(s, c);
    TCase *m = tcase_create("summaries");
    tcase_set_timeout(m, 60);
    tcase_add_test(m, summary_must_may_and_helpers);
    tcase_add_test(m, summary_escapes_spawns_counts);
    tcase_add_test(m, paths_shortest_and_avoiding);
    suite_add_tcase(s, m);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK); /* one frontend for all tests */
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    frontend_free(fe);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
    return failed ? 1 : 0;
}
