/* test_timer.c: timers fire once with co_now(); stop/reset return values;
 * reset drops an undelivered value; tickers tick and drop missed ticks;
 * co_after and co_tick. Timing bounds are loose (loaded CI machines). */
#include "rt_test.h"

static void fire_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_timer *t = co_timer_new(20 * CO_MILLISECOND);
    co_chan *c = co_timer_chan(t);
    ck_assert_uint_eq(co_chan_cap(c), 1);
    int64_t when = 0;
    ck_assert(co_chan_recv(c, &when));
    ck_assert_int_ge(when, t0 + 20 * CO_MILLISECOND);
    ck_assert_int_le(when, co_now());
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(1));
    /* Fires only once. */
    co_sleep(30 * CO_MILLISECOND);
    co_case cs = CO_RECV(c, NULL);
    ck_assert_int_eq(co_select_try(&cs, 1), -1);
    ck_assert(!co_timer_stop(t)); /* had fired */
}
START_TEST(t_timer_fires_once) { RT_RUN(fire_fn); }
END_TEST

static void stop_pending_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(10 * CO_SECOND);
    ck_assert(co_timer_stop(t)); /* had not fired */
    /* Zero and negative durations fire at once. */
    co_timer *z = co_timer_new(0);
    ck_assert(co_chan_recv(co_timer_chan(z), NULL));
    ck_assert(!co_timer_stop(z));
    co_timer *n = co_timer_new(-CO_SECOND);
    ck_assert(co_chan_recv(co_timer_chan(n), NULL));
    ck_assert(!co_timer_stop(n));
}
START_TEST(t_timer_stop_pending_true) { RT_RUN(stop_pending_fn); }
END_TEST

/* A fired but unread timer: stop returns false. */
static void stop_fired_unread_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_MILLISECOND);
    ck_assert(RT_WAIT_UNTIL(co_chan_len(co_timer_chan(t)) == 1, 2000));
    ck_assert(!co_timer_stop(t));
}
START_TEST(t_timer_stop_fired_false) { RT_RUN(stop_fired_unread_fn); }
END_TEST

static void reset_pending_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_timer *t = co_timer_new(10 * CO_SECOND);
    ck_assert(co_timer_reset(t, 10 * CO_MILLISECOND)); /* was pending */
    int64_t when;
    ck_assert(co_chan_recv(co_timer_chan(t), &when));
    ck_assert_int_ge(when, t0 + 10 * CO_MILLISECOND);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
    /* Re-arm after it fired and was read: false, then it fires again. */
    ck_assert(!co_timer_reset(t, 5 * CO_MILLISECOND));
    ck_assert(co_chan_recv(co_timer_chan(t), &when));
    /* Reset of a pending timer moves its deadline. */
    ck_assert(!co_timer_reset(t, 10 * CO_SECOND));
    int64_t before = co_now();
    ck_assert(co_timer_reset(t, 30 * CO_MILLISECOND));
    ck_assert(co_chan_recv(co_timer_chan(t), &when));
    ck_assert_int_ge(when, before + 30 * CO_MILLISECOND);
    ck_assert(!co_timer_stop(t));
}
START_TEST(t_timer_reset) { RT_RUN(reset_pending_fn); }
END_TEST

/* Reset drops a value that fired but was not received yet. */
static void reset_drops_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_MILLISECOND);
    ck_assert(RT_WAIT_UNTIL(co_chan_len(co_timer_chan(t)) == 1, 2000));
    ck_assert(!co_timer_reset(t, 10 * CO_SECOND));
    ck_assert_uint_eq(co_chan_len(co_timer_chan(t)), 0);
    ck_assert(co_timer_stop(t)); /* pending again */
}
START_TEST(t_timer_reset_drops_undelivered) { RT_RUN(reset_drops_fn); }
END_TEST

/* Many timers with different deadlines: each fires once, never before its
 * deadline. (Not checked: the order between timers a few ms apart; a loaded
 * machine may run the worker owning the earlier one later.) */
static void order_fn(void *arg) {
    (void)arg;
    enum { N = 20 };
    co_timer *ts[N];
    int64_t created[N], whens[N];
    for (int i = 0; i < N; i++) {
        created[i] = co_now();
        ts[i] = co_timer_new((co_duration)((N - i) * 3) * CO_MILLISECOND);
    }
    for (int i = 0; i < N; i++) {
        ck_assert(co_chan_recv(co_timer_chan(ts[i]), &whens[i]));
        ck_assert_int_ge(whens[i], created[i] + (N - i) * 3 * CO_MILLISECOND);
    }
    co_sleep(5 * CO_MILLISECOND);
    for (int i = 0; i < N; i++) {
        co_case c = CO_RECV(co_timer_chan(ts[i]), NULL);
        ck_assert_int_eq(co_select_try(&c, 1), -1);
        ck_assert(!co_timer_stop(ts[i]));
    }
}
START_TEST(t_timer_many_deadlines) { RT_RUN(order_fn); }
END_TEST

static void ticker_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_ticker *tk = co_ticker_new(10 * CO_MILLISECOND);
    co_chan *c = co_ticker_chan(tk);
    int64_t prev = t0;
    for (int i = 0; i < 5; i++) {
        int64_t when = 0;
        ck_assert(co_chan_recv(c, &when));
        ck_assert_int_gt(when, prev);
        prev = when;
    }
    ck_assert_int_ge(prev - t0, 5 * 10 * CO_MILLISECOND - CO_MILLISECOND);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
    co_ticker_stop(tk);
}
START_TEST(t_ticker_ticks) { RT_RUN(ticker_fn); }
END_TEST

/* A slow reader gets at most one buffered tick; missed ticks are dropped. */
static void ticker_drop_fn(void *arg) {
    (void)arg;
    co_ticker *tk = co_ticker_new(2 * CO_MILLISECOND);
    co_chan *c = co_ticker_chan(tk);
    co_sleep(50 * CO_MILLISECOND);
    ck_assert_uint_le(co_chan_len(c), 1);
    ck_assert(co_chan_recv(c, NULL));
    /* 25 periods passed, but only a fresh tick can come now. */
    int n = 0;
    int64_t end = co_now() + 10 * CO_MILLISECOND;
    while (co_now() < end) {
        co_case cs = CO_RECV(c, NULL);
        if (co_select_try(&cs, 1) == 0) n++;
        co_sleep(CO_MILLISECOND);
    }
    ck_assert_int_le(n, 8); /* ~5 expected, never the 25 missed ones */
    co_ticker_stop(tk);
}
START_TEST(t_ticker_drops_missed_ticks) { RT_RUN(ticker_drop_fn); }
END_TEST

static void ticker_reset_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_ticker *tk = co_ticker_new(10 * CO_SECOND);
    co_ticker_reset(tk, 5 * CO_MILLISECOND);
    ck_assert(co_chan_recv(co_ticker_chan(tk), NULL));
    ck_assert(co_chan_recv(co_ticker_chan(tk), NULL));
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
    co_ticker_reset(tk, 10 * CO_SECOND);
    co_case cs = CO_RECV(co_ticker_chan(tk), NULL);
    co_select_try(&cs, 1); /* maybe one tick from the old period */
    co_sleep(30 * CO_MILLISECOND);
    ck_assert_int_eq(co_select_try(&cs, 1), -1);
    co_ticker_stop(tk);
}
START_TEST(t_ticker_reset) { RT_RUN(ticker_reset_fn); }
END_TEST

static void after_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_chan *c = co_after(15 * CO_MILLISECOND);
    int64_t when;
    ck_assert(co_chan_recv(c, &when));
    ck_assert_int_ge(when, t0 + 15 * CO_MILLISECOND);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(1));
    /* The timeout idiom: a never-ready channel against co_after. */
    co_chan *never = co_chan_make(sizeof(int), 0);
    int v;
    co_case cs[2] = {CO_RECV(never, &v), CO_RECV(co_after(5 * CO_MILLISECOND), NULL)};
    ck_assert_int_eq(co_select(cs, 2), 1);
    co_chan_free(never);
}
START_TEST(t_after) { RT_RUN(after_fn); }
END_TEST

/* co_after from many goroutines, which exit before or after it fires. */
static atomic_int after_done;
static void after_worker(void *arg) {
    int i = (int)(intptr_t)arg;
    co_chan *c = co_after((co_duration)(i % 5) * CO_MILLISECOND);
    if (i % 2) co_chan_recv(c, NULL);
    atomic_fetch_add(&after_done, 1);
}
static void after_many_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < 200; i++) co_go(after_worker, (void *)(intptr_t)i);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&after_done) == 200, 3000));
    co_sleep(10 * CO_MILLISECOND); /* let the unread ones fire into freed state */
}
START_TEST(t_after_many) { RT_RUN(after_many_fn); }
END_TEST

static void tick_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_chan *c = co_tick(5 * CO_MILLISECOND);
    for (int i = 0; i < 3; i++) ck_assert(co_chan_recv(c, NULL));
    ck_assert_int_ge(co_now() - t0, 15 * CO_MILLISECOND - CO_MILLISECOND);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
}
START_TEST(t_tick) { RT_RUN(tick_fn); }
END_TEST

/* With only a timer pending, a blocked program is not a deadlock. */
static void not_deadlock_fn(void *arg) {
    (void)arg;
    co_chan *c = co_after(30 * CO_MILLISECOND);
    ck_assert(co_chan_recv(c, NULL));
}
START_TEST(t_pending_timer_is_not_deadlock) {
    rt_child_result r;
    rt_child(not_deadlock_fn, NULL, NULL, 10, &r);
    ck_assert_msg(rt_child_exit_code(&r) == 0, "status 0x%x stderr:\n%s", r.status, r.err);
}
END_TEST

void add_timer_tests(Suite *s) {
    TCase *tc = tcase_create("timer");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_timer_fires_once);
    tcase_add_test(tc, t_timer_stop_pending_true);
    tcase_add_test(tc, t_timer_stop_fired_false);
    tcase_add_test(tc, t_timer_reset);
    tcase_add_test(tc, t_timer_reset_drops_undelivered);
    tcase_add_test(tc, t_timer_many_deadlines);
    tcase_add_test(tc, t_ticker_ticks);
    tcase_add_test(tc, t_ticker_drops_missed_ticks);
    tcase_add_test(tc, t_ticker_reset);
    tcase_add_test(tc, t_after);
    tcase_add_test(tc, t_after_many);
    tcase_add_test(tc, t_tick);
    tcase_add_test(tc, t_pending_timer_is_not_deadlock);
    suite_add_tcase(s, tc);
}
