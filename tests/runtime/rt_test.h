/* rt_test.h: shared helpers for libcort's Check unit and stress tests.
 * Every test runs in a Check fork (so each co_main is alone in its process);
 * rt_child() forks once more to watch a program that must panic or
 * deadlock, capturing its stderr and wait status. */
#ifndef RT_TEST_H
#define RT_TEST_H

#include <co.h>
#include <check.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* co_main(fn, NULL) must return 0. */
#define RT_RUN(fn) ck_assert_int_eq(co_main((fn), NULL), 0)

/* The result of a forked co_main: wait status and captured stderr. */
typedef struct {
    int  status;      /* from waitpid */
    char err[16384];  /* stderr, NUL-terminated (truncated if longer) */
} rt_child_result;

/* Forks; the child sets the NULL-terminated "NAME=VALUE" env list, redirects
 * stderr into a pipe, runs co_main(fn, arg) and exits with its result (a
 * SIGALRM after timeout_s kills a hung child). */
void rt_child(void (*fn)(void *), void *arg, const char *const *env,
              unsigned timeout_s, rt_child_result *r);

bool rt_child_aborted(const rt_child_result *r);  /* killed by SIGABRT */
int  rt_child_exit_code(const rt_child_result *r); /* -1 if signalled */

/* Asserts the child panicked: SIGABRT and stderr has "panic: <msg>". */
#define RT_ASSERT_PANIC(r, msg)                                                \
    do {                                                                       \
        ck_assert_msg(rt_child_aborted(r),                                     \
                      "expected SIGABRT, wait status 0x%x, stderr:\n%s",       \
                      (r)->status, (r)->err);                                  \
        ck_assert_msg(strstr((r)->err, "panic: " msg) != NULL,                 \
                      "stderr lacks 'panic: %s':\n%s", msg, (r)->err);          \
    } while (0)

/* Sleep-poll until cond holds or ms milliseconds (times rt_slowdown())
 * pass; true if it held. */
#define RT_WAIT_UNTIL(cond, ms)                                                \
    ({                                                                         \
        int64_t rt__end = co_now() + (int64_t)((ms) * rt_slowdown()) * CO_MILLISECOND; \
        bool rt__ok;                                                           \
        while (!(rt__ok = (cond)) && co_now() < rt__end) co_sleep(CO_MILLISECOND / 2); \
        rt__ok;                                                                \
    })

/* Number of workers the test runs with (CO_PROCS, default online CPUs). */
int rt_procs(void);

/* How much slower this build runs (CK_TIMEOUT_MULTIPLIER: >1 under the
 * sanitizers); upper bounds on elapsed time are multiplied by it. */
double rt_slowdown(void);
/* An upper bound of n seconds, stretched by rt_slowdown(). */
#define RT_SECONDS(n) ((int64_t)((n) * rt_slowdown() * (double)CO_SECOND))

/* Stress sizes scale with STRESS_SCALE (default 1.0; TSan uses ~0.1). */
long rt_scaled(long n);

/* Each test file contributes TCases. */
void add_core_tests(Suite *s);
void add_chan_tests(Suite *s);
void add_select_tests(Suite *s);
void add_timer_tests(Suite *s);
void add_sync_tests(Suite *s);
void add_ctx_tests(Suite *s);
void add_panic_tests(Suite *s);
void add_stack_tests(Suite *s);
void add_stress_tests(Suite *s);

#endif
