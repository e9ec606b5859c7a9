/* test_stack.c: goroutine stacks. A stack holds exactly CO_STACK_SIZE bytes
 * and one byte more hits the guard; blocks freed on one worker are reused
 * by spawns on another (the address space stays bounded); idle workers give
 * the memory of a burst back; a forked child installs guards in its own
 * address space. */
#include "rt_test.h"

#include <stdio.h>
#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define RT_MALLOC_STACKS 1 /* the runtime uses malloc'ed stacks, no guard */
#endif
#if defined(__SANITIZE_THREAD__)
#define RT_TSAN 1
#endif

/* A field of /proc/self/status in KiB ("VmRSS:", "VmSize:"). */
static long status_kib(const char *field) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0) kib = atol(line + n);
    if (f) fclose(f);
    return kib;
}

/* Use `bytes` of stack (in frames of 1 KiB), so the pages are touched. */
static __attribute__((noinline)) long use_stack(long bytes) {
    volatile char frame[1024];
    frame[0] = (char)bytes;
    frame[sizeof frame - 1] = 1;
    return bytes <= 1024 ? frame[0] : use_stack(bytes - 1024) + frame[sizeof frame - 1];
}

/* ---- CO_STACK_SIZE is the usable size ------------------------------ */
static volatile long stack_sink;
static void use_arg_bytes(void *arg) { stack_sink = use_stack((long)(intptr_t)arg); }
static void stack_use_fn(void *arg) {
    co_go(use_arg_bytes, arg);
    co_sleep(200 * CO_MILLISECOND);
}
START_TEST(t_stack_size_is_usable) {
    /* 64 KiB stacks: 52 KiB of frames fit (the rest is libc and the
     * runtime's own frames; ASan's redzones make each frame larger). */
    static const char *const env[] = {"CO_STACK_SIZE=65536", NULL};
    rt_child_result r;
#ifdef RT_MALLOC_STACKS
    long fits = 36 * 1024;
#else
    long fits = 52 * 1024;
#endif
    rt_child(stack_use_fn, (void *)(intptr_t)fits, env, 20, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 0, "status 0x%x stderr:\n%s", r.status, r.err);
#ifndef RT_MALLOC_STACKS
    rt_child(stack_use_fn, (void *)(intptr_t)(80 * 1024), env, 20, &r);
    ck_assert_msg(rt_child_exit_code(&r) != 0 && strstr(r.err, "stack overflow in goroutine"),
                  "80 KiB on a 64 KiB stack: status 0x%x stderr:\n%s", r.status, r.err);
#endif
}
END_TEST

/* ---- Reuse across workers ------------------------------------------ *
 * Spawned on the main goroutine's worker, exiting wherever they ran: the
 * freed blocks must come back to the spawner through the shared pool, or
 * every spawn would map a fresh 260 KiB. */
static co_waitgroup burst_wg;
static void burst_child(void *arg) {
    (void)arg;
    if (co_goid() % 3 == 0) co_yield(); /* some migrate */
    co_wg_done(&burst_wg);
}
static __attribute__((unused)) void reuse_fn(void *arg) {
    (void)arg;
    long before = status_kib("VmSize:");
    long total = 0;
    for (int round = 0; round < 600; round++) {
        co_wg_add(&burst_wg, 64);
        for (int k = 0; k < 64; k++) ck_assert_int_eq(co_go(burst_child, NULL), 0);
        co_wg_wait(&burst_wg);
        total += 64;
    }
    long grown_mib = (status_kib("VmSize:") - before) / 1024;
    /* Without reuse: 38,400 x 260 KiB = 9.5 GiB. */
    ck_assert_msg(grown_mib < 1024, "address space grew by %ld MiB over %ld goroutines",
                  grown_mib, total);
}
START_TEST(t_stacks_reused_across_workers) {
#ifndef RT_TSAN /* TSan creates a fiber per goroutine: 38,400 take minutes */
    RT_RUN(reuse_fn);
#endif
}
END_TEST

/* A second co_main with a larger CO_STACK_SIZE must not hand out the
 * first run's recycled (smaller) stacks. */
static void spawn_some_fn(void *arg) {
    (void)arg;
    co_wg_add(&burst_wg, 100);
    for (int i = 0; i < 100; i++) co_go(burst_child, NULL);
    co_wg_wait(&burst_wg);
}
START_TEST(t_stack_size_change_between_runs) {
    RT_RUN(spawn_some_fn); /* 100 blocks of the default 256 KiB recycled */
    setenv("CO_STACK_SIZE", "1m", 1);
    RT_RUN(spawn_some_fn);
    long deep = 600 * 1024;
    ck_assert_int_eq(co_main(stack_use_fn, (void *)(intptr_t)deep), 0);
}
END_TEST

/* ---- Idle workers give a burst's memory back ----------------------- */
/* Free blocks stay warm up to a reserve (each worker's cache of 128 and 256
 * in the shared pool); the rest of a large burst must go back. */
enum { NBURST = 2000, BURST_STACK = 64 * 1024 };
static co_waitgroup touched_wg, done_wg;
static co_chan *release_gate;
static void toucher(void *arg) {
    (void)arg;
    stack_sink = use_stack(BURST_STACK);
    co_wg_done(&touched_wg);
    co_chan_recv(release_gate, NULL);
    co_wg_done(&done_wg);
}
static __attribute__((unused)) void scavenge_fn(void *arg) {
    (void)arg;
    long base = status_kib("VmRSS:");
    release_gate = co_chan_make(1, 0);
    co_wg_add(&touched_wg, NBURST);
    co_wg_add(&done_wg, NBURST);
    for (int i = 0; i < NBURST; i++) ck_assert_int_eq(co_go(toucher, NULL), 0);
    co_wg_wait(&touched_wg);
    long peak = status_kib("VmRSS:");
    long burst = peak - base;
    ck_assert_msg(burst > (long)NBURST * BURST_STACK / 1024 / 2,
                  "the burst did not show in RSS: %ld KiB -> %ld KiB", base, peak);
    co_chan_close(release_gate);
    co_wg_wait(&done_wg);
    /* Main sleeps, the workers go idle and scavenge. */
    bool dropped = RT_WAIT_UNTIL(status_kib("VmRSS:") < peak - burst / 2, 5000);
    ck_assert_msg(dropped, "RSS stayed at %ld KiB after the burst (base %ld, peak %ld)",
                  status_kib("VmRSS:"), base, peak);
    co_chan_free(release_gate);
}
START_TEST(t_idle_workers_return_burst_memory) {
#ifndef RT_MALLOC_STACKS /* malloc's own trimming decides there */
    RT_RUN(scavenge_fn);
#endif
}
END_TEST

/* ---- A forked child guards its own stacks -------------------------- *
 * The runtime reaches its own address space through a pidfd; after fork
 * the child must not use the parent's (its guards would land in the
 * parent). The child maps new stacks, then one overflows: the message
 * proves the guard is in the child. */
static co_chan *park_chan;
static void parker(void *arg) { co_chan_recv(arg, NULL); }
static __attribute__((unused)) void warm_fn(void *arg) {
    (void)arg;
    co_waitgroup *wg = &burst_wg;
    co_wg_add(wg, 100);
    for (int i = 0; i < 100; i++) co_go(burst_child, NULL);
    co_wg_wait(wg);
}
static __attribute__((unused)) void overflow_after_fork_fn(void *arg) {
    (void)arg;
    park_chan = co_chan_make(1, 0);
    for (int i = 0; i < 300; i++) co_go(parker, park_chan); /* fresh chunks */
    co_go(use_arg_bytes, (void *)(intptr_t)(100L << 20));
    co_sleep(5 * CO_SECOND);
}
START_TEST(t_forked_child_guards_its_stacks) {
#ifndef RT_MALLOC_STACKS
    RT_RUN(warm_fn); /* the parent has mapped and guarded stacks */
    rt_child_result r;
    rt_child(overflow_after_fork_fn, NULL, NULL, 20, &r);
    ck_assert_msg(rt_child_exit_code(&r) != 0 && strstr(r.err, "stack overflow in goroutine"),
                  "status 0x%x stderr:\n%s", r.status, r.err);
    RT_RUN(warm_fn); /* and the parent still runs */
#endif
}
END_TEST

void add_stack_tests(Suite *s) {
    TCase *tc = tcase_create("stack");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, t_stack_size_is_usable);
    tcase_add_test(tc, t_stacks_reused_across_workers);
    tcase_add_test(tc, t_stack_size_change_between_runs);
    tcase_add_test(tc, t_idle_workers_return_burst_memory);
    tcase_add_test(tc, t_forked_child_guards_its_stacks);
    suite_add_tcase(s, tc);
}
