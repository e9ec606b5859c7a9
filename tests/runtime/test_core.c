/* test_core.c: co_main, co_go, co_yield, co_sleep, co_goid, co_now and
 * goroutine-local errno. */
#include "rt_test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static int main_arg_seen;
static uint64_t main_goid;
static void main_fn(void *arg) {
    main_arg_seen = *(int *)arg;
    main_goid = co_goid();
}

START_TEST(t_main_runs_fn_with_arg) {
    int v = 42;
    ck_assert_int_eq(co_main(main_fn, &v), 0);
    ck_assert_int_eq(main_arg_seen, 42);
    ck_assert_uint_ne(main_goid, 0);
}
END_TEST

static void block_forever(void *arg) {
    co_chan_recv((co_chan *)arg, NULL);
}
static void abandon_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < 10; i++) ck_assert_int_eq(co_go(block_forever, ch), 0);
    co_yield();
}

/* Without CO_LEAKCHECK, goroutines still blocked when fn returns are
 * abandoned, as in Go, and co_main returns 0 promptly. */
START_TEST(t_main_abandons_goroutines) {
    unsetenv("CO_LEAKCHECK");
    int64_t t0 = co_now();
    ck_assert_int_eq(co_main(abandon_fn, NULL), 0);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
}
END_TEST

/* With CO_LEAKCHECK=1 the same program reports the leak and returns 1. */
START_TEST(t_main_leakcheck_returns_1) {
    static const char *const env[] = {"CO_LEAKCHECK=1", "CO_LEAKCHECK_GRACE_MS=10", NULL};
    rt_child_result r;
    rt_child(abandon_fn, NULL, env, 10, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 1, "status 0x%x stderr:\n%s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "co: leak: goroutine ") != NULL, "stderr:\n%s", r.err);
}
END_TEST

/* A clean program with CO_LEAKCHECK=1 returns 0 and prints nothing. */
static void clean_worker(void *arg) { atomic_fetch_add((atomic_int *)arg, 1); }
static void clean_fn(void *arg) {
    (void)arg;
    static atomic_int n;
    for (int i = 0; i < 20; i++) co_go(clean_worker, &n);
    while (atomic_load(&n) < 20) co_yield();
}
START_TEST(t_main_leakcheck_clean) {
    static const char *const env[] = {"CO_LEAKCHECK=1", NULL};
    rt_child_result r;
    rt_child(clean_fn, NULL, env, 10, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 0, "status 0x%x stderr:\n%s", r.status, r.err);
    ck_assert_msg(r.err[0] == '\0', "unexpected stderr:\n%s", r.err);
}
END_TEST

/* ---- co_go --------------------------------------------------------- */
enum { NGO = 2000 };
static atomic_int go_count;
static atomic_int go_seen[NGO];
static void go_worker(void *arg) {
    int i = (int)(intptr_t)arg;
    atomic_fetch_add(&go_seen[i], 1);
    atomic_fetch_add(&go_count, 1);
}
static void go_many_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < NGO; i++) ck_assert_int_eq(co_go(go_worker, (void *)(intptr_t)i), 0);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&go_count) == NGO, 5000));
    for (int i = 0; i < NGO; i++) ck_assert_int_eq(atomic_load(&go_seen[i]), 1);
}
START_TEST(t_go_runs_each_once_with_its_arg) { RT_RUN(go_many_fn); }
END_TEST

/* Goroutines may spawn goroutines. */
static atomic_int tree_count;
static void tree_node(void *arg) {
    int depth = (int)(intptr_t)arg;
    atomic_fetch_add(&tree_count, 1);
    if (depth > 0) {
        co_go(tree_node, (void *)(intptr_t)(depth - 1));
        co_go(tree_node, (void *)(intptr_t)(depth - 1));
    }
}
static void go_tree_fn(void *arg) {
    (void)arg;
    co_go(tree_node, (void *)(intptr_t)9); /* 2^10 - 1 nodes */
    ck_assert(RT_WAIT_UNTIL(atomic_load(&tree_count) == 1023, 5000));
}
START_TEST(t_go_from_goroutines) { RT_RUN(go_tree_fn); }
END_TEST

/* ---- co_yield ------------------------------------------------------- */
static atomic_int yield_flag;
static void set_flag(void *arg) { (void)arg; atomic_store(&yield_flag, 1); }
static void yield_fn(void *arg) {
    (void)arg;
    co_go(set_flag, NULL);
    /* Yielding (not sleeping) must let the other goroutine run, also with
     * a single worker. */
    for (long i = 0; i < 1000000 && !atomic_load(&yield_flag); i++) co_yield();
    ck_assert_int_eq(atomic_load(&yield_flag), 1);
}
START_TEST(t_yield_lets_others_run) { RT_RUN(yield_fn); }
END_TEST

static atomic_int pp_turn;
static atomic_int pp_trace[200];
static atomic_int pp_len;
static void yield_player(void *arg) {
    int me = (int)(intptr_t)arg;
    for (int i = 0; i < 100; i++) {
        while (atomic_load(&pp_turn) != me) co_yield();
        atomic_store(&pp_trace[atomic_fetch_add(&pp_len, 1)], me);
        atomic_store(&pp_turn, 1 - me);
    }
}
static void yield_alternate_fn(void *arg) {
    (void)arg;
    co_go(yield_player, (void *)1);
    yield_player((void *)0);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&pp_len) == 200, 5000));
    for (int i = 0; i < 200; i++) ck_assert_int_eq(atomic_load(&pp_trace[i]), i % 2);
}
START_TEST(t_yield_alternates) { RT_RUN(yield_alternate_fn); }
END_TEST

/* ---- co_sleep / co_now --------------------------------------------- */
static void sleep_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_sleep(20 * CO_MILLISECOND);
    int64_t dt = co_now() - t0;
    ck_assert_int_ge(dt, 20 * CO_MILLISECOND);
    ck_assert_int_lt(dt, RT_SECONDS(1));
    t0 = co_now();
    co_sleep(0);
    co_sleep(-5 * CO_SECOND);
    ck_assert_int_lt(co_now() - t0, 100 * CO_MILLISECOND);
}
START_TEST(t_sleep_duration) { RT_RUN(sleep_fn); }
END_TEST

/* 400 goroutines sleeping 50 ms each take ~50 ms in total: sleep parks the
 * goroutine, not the worker (blocking workers would take >= 5 s). */
static atomic_int sleepers_done;
static void sleeper(void *arg) {
    (void)arg;
    co_sleep(50 * CO_MILLISECOND);
    atomic_fetch_add(&sleepers_done, 1);
}
static void sleep_parallel_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    for (int i = 0; i < 400; i++) co_go(sleeper, NULL);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&sleepers_done) == 400, 5000));
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(3));
}
START_TEST(t_sleep_parks_goroutine_not_worker) { RT_RUN(sleep_parallel_fn); }
END_TEST

START_TEST(t_now_outside_goroutines) {
    int64_t a = co_now();
    int64_t b = co_now();
    ck_assert_int_gt(a, 0);
    ck_assert_int_ge(b, a);
}
END_TEST

/* ---- co_goid ------------------------------------------------------- */
enum { NID = 100 };
static uint64_t ids[NID];
static atomic_int ids_done;
static void id_worker(void *arg) {
    int i = (int)(intptr_t)arg;
    uint64_t id = co_goid();
    co_yield();
    co_sleep(CO_MILLISECOND);
    ck_assert_uint_eq(co_goid(), id); /* stable across switches */
    ids[i] = id;
    atomic_fetch_add(&ids_done, 1);
}
static void goid_fn(void *arg) {
    (void)arg;
    uint64_t me = co_goid();
    for (int i = 0; i < NID; i++) co_go(id_worker, (void *)(intptr_t)i);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&ids_done) == NID, 3000));
    for (int i = 0; i < NID; i++) {
        ck_assert_uint_ne(ids[i], 0);
        ck_assert_uint_ne(ids[i], me);
        for (int j = 0; j < i; j++) ck_assert_uint_ne(ids[i], ids[j]);
    }
}
START_TEST(t_goid_unique_and_stable) { RT_RUN(goid_fn); }
END_TEST

/* ---- errno is per goroutine --------------------------------------- *
 * glibc declares __errno_location() const, so at -O2 the compiler may keep
 * &errno in a register across co_yield() and read the previous worker's
 * errno after a migration; no runtime can prevent that. What the runtime
 * guarantees is that errno, re-read after a switch, is the goroutine's own:
 * the accesses go through non-inlined helpers to test exactly that. */
static __attribute__((noinline)) void set_errno(int v) { errno = v; }
static __attribute__((noinline)) int get_errno(void) { return errno; }
static atomic_int errno_ok;
static void errno_worker(void *arg) {
    int mine = 1000 + (int)(intptr_t)arg;
    for (int i = 0; i < 200; i++) {
        set_errno(mine);
        if (i % 3 == 0) co_sleep(CO_MICROSECOND * 10); else co_yield();
        if (get_errno() != mine) return;
    }
    atomic_fetch_add(&errno_ok, 1);
}
static void errno_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < 16; i++) co_go(errno_worker, (void *)(intptr_t)i);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&errno_ok) == 16, 5000));
}
START_TEST(t_errno_per_goroutine) { RT_RUN(errno_fn); }
END_TEST

/* co_go reports failure as -1 with errno. */
static void go_null_fn(void *arg) {
    (void)arg;
    errno = 0;
    ck_assert_int_eq(co_go(NULL, NULL), -1);
    ck_assert_int_eq(errno, EINVAL);
}
START_TEST(t_go_null_fn_einval) { RT_RUN(go_null_fn); }
END_TEST

/* With mprotect guard pages (2 mappings per stack) the process runs out of
 * vm.max_map_count near 32,000 live goroutines: co_go must fail with -1 and
 * EAGAIN (not crash), and say why on stderr. Skipped under the sanitizers
 * (malloc'ed stacks) and when the limit is raised beyond a quick test. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define RT_MALLOC_STACKS 1
#endif
static void park_forever(void *arg) { co_chan_recv(arg, NULL); }
static void map_limit_fn(void *arg) {
    (void)arg;
    co_chan *never = co_chan_make(1, 0);
    for (long i = 0; i < 80000; i++) {
        if (co_go(park_forever, never) != 0) {
            fprintf(stderr, "co_go failed after %ld: errno %d\n", i, errno);
            return;
        }
    }
    fprintf(stderr, "no failure\n");
}
START_TEST(t_go_fails_at_map_limit) {
#ifndef RT_MALLOC_STACKS
    FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
    long max_map = 0;
    if (f) {
        if (fscanf(f, "%ld", &max_map) != 1) max_map = 0;
        fclose(f);
    }
    if (max_map <= 0 || max_map > 70000) return;
    static const char *const env[] = {"CO_STACK_GUARD=mprotect", "CO_STACK_SIZE=16384", NULL};
    rt_child_result r;
    rt_child(map_limit_fn, NULL, env, 60, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 0, "status 0x%x stderr:\n%s", r.status, r.err);
    char want[64];
    snprintf(want, sizeof want, "errno %d", EAGAIN);
    ck_assert_msg(strstr(r.err, "co_go failed after") && strstr(r.err, want), "stderr:\n%s", r.err);
    ck_assert_msg(strstr(r.err, "vm.max_map_count"), "no explanation on stderr:\n%s", r.err);
#endif
}
END_TEST

void add_core_tests(Suite *s) {
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_main_runs_fn_with_arg);
    tcase_add_test(tc, t_main_abandons_goroutines);
    tcase_add_test(tc, t_main_leakcheck_returns_1);
    tcase_add_test(tc, t_main_leakcheck_clean);
    tcase_add_test(tc, t_go_runs_each_once_with_its_arg);
    tcase_add_test(tc, t_go_from_goroutines);
    tcase_add_test(tc, t_yield_lets_others_run);
    tcase_add_test(tc, t_yield_alternates);
    tcase_add_test(tc, t_sleep_duration);
    tcase_add_test(tc, t_sleep_parks_goroutine_not_worker);
    tcase_add_test(tc, t_now_outside_goroutines);
    tcase_add_test(tc, t_goid_unique_and_stable);
    tcase_add_test(tc, t_errno_per_goroutine);
    tcase_add_test(tc, t_go_null_fn_einval);
    tcase_add_test(tc, t_go_fails_at_map_limit);
    suite_add_tcase(s, tc);
}
