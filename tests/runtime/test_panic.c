/* test_panic.c: every misuse panic prints its exact Go message and aborts;
 * the deadlock detector prints Go's fatal error and exits 2. Each program
 * runs in a forked child whose stderr is captured (rt_child). */
#include "rt_test.h"

/* Calls whose position is checked are kept out of tail position (a store
 * follows them): at -O2 a tail call leaves no return address in this file
 * for the runtime to report. */
static volatile int after_block;

static void send_closed(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 1);
    co_chan_close(ch);
    int v = 1;
    co_chan_send(ch, &v);
    after_block = 1;
}
START_TEST(t_panic_send_on_closed) {
    rt_child_result r;
    rt_child(send_closed, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "send on closed channel");
    ck_assert_msg(strstr(r.err, "test_panic.c:") != NULL, "no location in:\n%s", r.err);
}
END_TEST

/* A sender blocked on an unbuffered channel panics when it is closed. */
static void blocked_sender(void *arg) {
    int v = 1;
    co_chan_send(arg, &v);
}
static void close_under_sender(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_go(blocked_sender, ch);
    co_sleep(10 * CO_MILLISECOND);
    co_chan_close(ch);
    co_sleep(CO_SECOND);
}
START_TEST(t_panic_send_on_closed_blocked) {
    rt_child_result r;
    rt_child(close_under_sender, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "send on closed channel");
}
END_TEST

static void send_closed_select(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 1);
    co_chan_close(ch);
    int v = 1;
    co_case c = CO_SEND(ch, &v);
    co_select_try(&c, 1);
}
START_TEST(t_panic_select_send_on_closed) {
    rt_child_result r;
    rt_child(send_closed_select, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "send on closed channel");
}
END_TEST

static void close_closed(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_chan_close(ch);
    co_chan_close(ch);
}
START_TEST(t_panic_close_of_closed) {
    rt_child_result r;
    rt_child(close_closed, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "close of closed channel");
}
END_TEST

static void close_nil(void *arg) {
    (void)arg;
    co_chan_close(NULL);
}
START_TEST(t_panic_close_of_nil) {
    rt_child_result r;
    rt_child(close_nil, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "close of nil channel");
}
END_TEST

static void wg_negative(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_wg_add(&wg, 1);
    co_wg_done(&wg);
    co_wg_done(&wg);
}
START_TEST(t_panic_wg_negative) {
    rt_child_result r;
    rt_child(wg_negative, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: negative WaitGroup counter");
}
END_TEST

/* Done brings the counter to 0 and releases the waiters; an Add before
 * they have returned from Wait is a reuse (Go's exact rule). With one
 * worker the waiters cannot run in between. */
static co_waitgroup reuse_wg;
static void reuse_waiter(void *arg) {
    (void)arg;
    co_wg_wait(&reuse_wg);
}
static void wg_reuse(void *arg) {
    (void)arg;
    co_wg_add(&reuse_wg, 1);
    for (int i = 0; i < 4; i++) co_go(reuse_waiter, NULL);
    co_sleep(20 * CO_MILLISECOND);
    co_wg_done(&reuse_wg);
    co_wg_add(&reuse_wg, 1);
    co_sleep(CO_SECOND);
}
START_TEST(t_panic_wg_reused) {
    static const char *const env[] = {"CO_PROCS=1", NULL};
    rt_child_result r;
    rt_child(wg_reuse, NULL, env, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: WaitGroup is reused before previous Wait has returned");
}
END_TEST

static void unlock_unlocked(void *arg) {
    (void)arg;
    co_mutex m = CO_MUTEX_INIT;
    co_mutex_unlock(&m);
}
START_TEST(t_panic_unlock_unlocked) {
    rt_child_result r;
    rt_child(unlock_unlocked, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: unlock of unlocked mutex");
}
END_TEST

static void unlock_twice(void *arg) {
    (void)arg;
    co_mutex m = CO_MUTEX_INIT;
    co_mutex_lock(&m);
    co_mutex_unlock(&m);
    co_mutex_unlock(&m);
}
START_TEST(t_panic_unlock_twice) {
    rt_child_result r;
    rt_child(unlock_twice, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: unlock of unlocked mutex");
}
END_TEST

/* RWMutex misuse panics too (Go: "sync: Unlock of unlocked RWMutex",
 * "sync: RUnlock of unlocked RWMutex"; the contract only asks for a panic). */
static void rw_unlock_unlocked(void *arg) {
    (void)arg;
    co_rwmutex rw = CO_RWMUTEX_INIT;
    co_rwmutex_unlock(&rw);
}
static void rw_runlock_unlocked(void *arg) {
    (void)arg;
    co_rwmutex rw = CO_RWMUTEX_INIT;
    co_rwmutex_runlock(&rw);
}
START_TEST(t_panic_rwmutex_unlock_unlocked) {
    rt_child_result r;
    rt_child(rw_unlock_unlocked, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: ");
    rt_child(rw_runlock_unlocked, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "sync: ");
}
END_TEST

/* Timers are stopped exactly once: a second stop panics. */
static void timer_double_stop(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_SECOND);
    co_timer_stop(t);
    co_timer_stop(t);
}
static void ticker_double_stop(void *arg) {
    (void)arg;
    co_ticker *t = co_ticker_new(CO_SECOND);
    co_ticker_stop(t);
    co_ticker_stop(t);
}
START_TEST(t_panic_timer_double_stop) {
    rt_child_result r;
    rt_child(timer_double_stop, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "");
    ck_assert_msg(strstr(r.err, "timer") != NULL, "message does not name the timer:\n%s", r.err);
}
END_TEST
START_TEST(t_panic_ticker_double_stop) {
    rt_child_result r;
    rt_child(ticker_double_stop, NULL, NULL, 10, &r);
    RT_ASSERT_PANIC(&r, "");
    ck_assert_msg(strstr(r.err, "ticker") != NULL || strstr(r.err, "timer") != NULL,
                  "message does not name the ticker:\n%s", r.err);
}
END_TEST

/* ---- Stack overflow ------------------------------------------------ *
 * Hitting the guard page dies with a message naming the goroutine (not
 * silent memory corruption). Not under ASan or TSan: there the runtime
 * uses malloc'ed stacks without guard pages. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define RT_NO_GUARD_PAGES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define RT_NO_GUARD_PAGES 1
#endif
#endif
static __attribute__((noinline)) long recurse(long n) {
    volatile char frame[512];
    frame[0] = (char)n;
    return n == 0 ? frame[0] : recurse(n - 1) + frame[0];
}
static void overflower(void *arg) {
    after_block = (int)recurse((long)(intptr_t)arg);
}
static void overflow_fn(void *arg) {
    (void)arg;
    co_go(overflower, (void *)(intptr_t)10000000);
    co_sleep(5 * CO_SECOND);
}
START_TEST(t_stack_overflow_message) {
#ifndef RT_NO_GUARD_PAGES
    rt_child_result r;
    rt_child(overflow_fn, NULL, NULL, 20, &r);
    ck_assert_msg(rt_child_exit_code(&r) != 0, "status 0x%x stderr:\n%s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "stack overflow") && strstr(r.err, "goroutine"),
                  "no stack overflow message naming the goroutine:\n%s", r.err);
#endif
}
END_TEST

/* ---- Deadlock detector --------------------------------------------- */
#define DEADLOCK_MSG "fatal error: all goroutines are asleep - deadlock!"
static void assert_deadlock(void (*fn)(void *), const char *op) {
    rt_child_result r;
    rt_child(fn, NULL, NULL, 10, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 2, "status 0x%x stderr:\n%s", r.status, r.err);
    ck_assert_msg(strstr(r.err, DEADLOCK_MSG) != NULL, "stderr:\n%s", r.err);
    ck_assert_msg(strstr(r.err, op) != NULL, "dump lacks '%s':\n%s", op, r.err);
    ck_assert_msg(strstr(r.err, "test_panic.c:") != NULL, "dump lacks a location:\n%s", r.err);
}

static void dl_recv(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_chan_recv(ch, NULL);
    after_block = 1;
}
START_TEST(t_deadlock_main_recv) { assert_deadlock(dl_recv, "chan receive"); }
END_TEST

static co_chan *dl_ch;
static void dl_helper(void *arg) {
    (void)arg;
    int v = 1;
    co_chan_send(dl_ch, &v); /* nobody receives on dl_ch */
}
static void dl_two(void *arg) {
    (void)arg;
    dl_ch = co_chan_make(sizeof(int), 0);
    co_chan *other = co_chan_make(sizeof(int), 0);
    co_go(dl_helper, NULL);
    co_chan_recv(other, NULL);
    after_block = 1;
}
START_TEST(t_deadlock_two_goroutines) { assert_deadlock(dl_two, "chan send"); }
END_TEST

static void dl_mutex(void *arg) {
    (void)arg;
    co_mutex m = CO_MUTEX_INIT;
    co_mutex_lock(&m);
    co_mutex_lock(&m); /* not recursive */
    after_block = 1;
}
START_TEST(t_deadlock_mutex_twice) { assert_deadlock(dl_mutex, "Mutex"); }
END_TEST

static void dl_wg(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_wg_add(&wg, 1);
    co_wg_wait(&wg);
    after_block = 1;
}
START_TEST(t_deadlock_wg) { assert_deadlock(dl_wg, "WaitGroup"); }
END_TEST

static void dl_select(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 0);
    co_case cs[2] = {CO_RECV(a, NULL), CO_RECV(NULL, NULL)};
    co_select(cs, 2);
    after_block = 1;
}
START_TEST(t_deadlock_select) { assert_deadlock(dl_select, "select"); }
END_TEST

/* Sleeping goroutines keep the program alive: no false deadlock. */
static void sleeper_then_send(void *arg) {
    co_sleep(50 * CO_MILLISECOND);
    int v = 1;
    co_chan_send(arg, &v);
}
static void no_false_deadlock(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_go(sleeper_then_send, ch);
    co_chan_recv(ch, NULL);
}
START_TEST(t_no_false_deadlock) {
    rt_child_result r;
    rt_child(no_false_deadlock, NULL, NULL, 10, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 0, "status 0x%x stderr:\n%s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "deadlock") == NULL, "stderr:\n%s", r.err);
}
END_TEST

void add_panic_tests(Suite *s) {
    TCase *tc = tcase_create("panic");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, t_panic_send_on_closed);
    tcase_add_test(tc, t_panic_send_on_closed_blocked);
    tcase_add_test(tc, t_panic_select_send_on_closed);
    tcase_add_test(tc, t_panic_close_of_closed);
    tcase_add_test(tc, t_panic_close_of_nil);
    tcase_add_test(tc, t_panic_wg_negative);
    tcase_add_test(tc, t_panic_wg_reused);
    tcase_add_test(tc, t_panic_unlock_unlocked);
    tcase_add_test(tc, t_panic_unlock_twice);
    tcase_add_test(tc, t_panic_rwmutex_unlock_unlocked);
    tcase_add_test(tc, t_panic_timer_double_stop);
    tcase_add_test(tc, t_panic_ticker_double_stop);
    tcase_add_test(tc, t_stack_overflow_message);
    tcase_add_test(tc, t_deadlock_main_recv);
    tcase_add_test(tc, t_deadlock_two_goroutines);
    tcase_add_test(tc, t_deadlock_mutex_twice);
    tcase_add_test(tc, t_deadlock_wg);
    tcase_add_test(tc, t_deadlock_select);
    tcase_add_test(tc, t_no_false_deadlock);
    suite_add_tcase(s, tc);
}
