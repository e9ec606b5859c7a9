/* test_ctx.c: contexts: background, cancel (propagates to descendants,
 * idempotent, clears *cancel), timeouts and deadlines through the timer
 * heap (CO_DEADLINE_EXCEEDED), inheritance of a cancelled parent, and
 * retain/release across the creator's cancel. */
#include "rt_test.h"

/* true when ch is closed (a receive is ready and reports !ok). */
static bool is_closed(co_chan *ch) {
    co_case c = CO_RECV(ch, NULL);
    return co_select_try(&c, 1) == 0 && !c.ok;
}
static bool is_open(co_chan *ch) {
    co_case c = CO_RECV(ch, NULL);
    return co_select_try(&c, 1) == -1;
}

static void background_fn(void *arg) {
    (void)arg;
    co_ctx *bg = co_background();
    ck_assert_ptr_nonnull(bg);
    ck_assert_ptr_eq(bg, co_background());
    ck_assert_ptr_null(co_ctx_done(bg));
    ck_assert_int_eq(co_ctx_err(bg), 0);
}
START_TEST(t_background) { RT_RUN(background_fn); }
END_TEST

static void cancel_fn(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(co_background(), &cancel);
    ck_assert_ptr_nonnull(ctx);
    ck_assert_ptr_eq(cancel.ctx, ctx);
    co_chan *done = co_ctx_done(ctx);
    ck_assert_ptr_nonnull(done);
    ck_assert_ptr_eq(co_ctx_done(ctx), done);
    ck_assert_int_eq(co_ctx_err(ctx), 0);
    ck_assert(is_open(done));
    co_ctx_retain(ctx); /* keep it readable after the cancel */
    co_cancel(&cancel);
    ck_assert_ptr_null(cancel.ctx);
    ck_assert_int_eq(co_ctx_err(ctx), CO_CANCELED);
    ck_assert(is_closed(done));
    ck_assert(!co_chan_recv(done, NULL));
    co_cancel(&cancel); /* idempotent */
    ck_assert_ptr_null(cancel.ctx);
    co_cancel_fn zero = {0};
    co_cancel(&zero);   /* a cleared cancel is a no-op */
    co_ctx_release(ctx);
}
START_TEST(t_cancel_basic) { RT_RUN(cancel_fn); }
END_TEST

/* Cancel propagates to all descendants, not to the parent or siblings. */
static void tree_fn(void *arg) {
    (void)arg;
    co_cancel_fn croot, ca, cb, ca1, ca2;
    co_ctx *root = co_with_cancel(co_background(), &croot);
    co_ctx *a = co_with_cancel(root, &ca);
    co_ctx *b = co_with_timeout(root, 10 * CO_SECOND, &cb);
    co_ctx *a1 = co_with_cancel(a, &ca1);
    co_ctx *a2 = co_with_deadline(a, co_now() + 10 * CO_SECOND, &ca2);
    co_ctx *all[] = {root, a, b, a1, a2};
    for (int i = 0; i < 5; i++) co_ctx_retain(all[i]);

    co_cancel(&ca); /* subtree a */
    ck_assert_int_eq(co_ctx_err(a), CO_CANCELED);
    ck_assert_int_eq(co_ctx_err(a1), CO_CANCELED);
    ck_assert_int_eq(co_ctx_err(a2), CO_CANCELED);
    ck_assert(is_closed(co_ctx_done(a1)));
    ck_assert(is_closed(co_ctx_done(a2)));
    ck_assert_int_eq(co_ctx_err(root), 0);
    ck_assert_int_eq(co_ctx_err(b), 0);
    ck_assert(is_open(co_ctx_done(root)));
    ck_assert(is_open(co_ctx_done(b)));

    co_cancel(&croot);
    ck_assert_int_eq(co_ctx_err(root), CO_CANCELED);
    ck_assert_int_eq(co_ctx_err(b), CO_CANCELED); /* not DEADLINE_EXCEEDED */
    ck_assert(is_closed(co_ctx_done(b)));

    /* The creators still cancel their own (already cancelled) contexts. */
    co_cancel(&ca1);
    co_cancel(&ca2);
    co_cancel(&cb);
    ck_assert_ptr_null(ca1.ctx);
    ck_assert_ptr_null(cb.ctx);
    ck_assert_int_eq(co_ctx_err(a2), CO_CANCELED);
    for (int i = 0; i < 5; i++) co_ctx_release(all[i]);
}
START_TEST(t_cancel_propagates_to_descendants) { RT_RUN(tree_fn); }
END_TEST

/* Goroutines blocked on done (directly or in a select) are woken. */
static atomic_int done_woken;
static void done_waiter(void *arg) {
    co_ctx *ctx = arg;
    if ((intptr_t)co_goid() % 2) {
        ck_assert(!co_chan_recv(co_ctx_done(ctx), NULL));
    } else {
        co_chan *never = co_chan_make(sizeof(int), 0);
        co_case cs[2] = {CO_RECV(never, NULL), CO_RECV(co_ctx_done(ctx), NULL)};
        ck_assert_int_eq(co_select(cs, 2), 1);
        co_chan_free(never);
    }
    ck_assert_int_ne(co_ctx_err(ctx), 0);
    co_ctx_release(ctx);
    atomic_fetch_add(&done_woken, 1);
}
static void wake_fn(void *arg) {
    (void)arg;
    co_cancel_fn c, cc;
    co_ctx *ctx = co_with_cancel(co_background(), &c);
    co_ctx *child = co_with_cancel(ctx, &cc);
    for (int i = 0; i < 10; i++) {
        co_go(done_waiter, co_ctx_retain(ctx));
        co_go(done_waiter, co_ctx_retain(child));
    }
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&done_woken), 0);
    co_cancel(&c);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&done_woken) == 20, 2000));
    co_cancel(&cc);
}
START_TEST(t_cancel_wakes_waiters) { RT_RUN(wake_fn); }
END_TEST

static void timeout_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_duration d = (co_duration)(50 * rt_slowdown()) * CO_MILLISECOND; /* long enough to look first */
    co_cancel_fn c;
    co_ctx *ctx = co_with_timeout(co_background(), d, &c);
    co_cancel_fn cc;
    co_ctx *child = co_ctx_retain(co_with_cancel(ctx, &cc)); /* read after its cancel */
    ck_assert_int_eq(co_ctx_err(ctx), 0);
    ck_assert(!co_chan_recv(co_ctx_done(ctx), NULL));
    int64_t dt = co_now() - t0;
    ck_assert_int_ge(dt, d - CO_MILLISECOND);
    ck_assert_int_lt(dt, RT_SECONDS(1));
    ck_assert_int_eq(co_ctx_err(ctx), CO_DEADLINE_EXCEEDED);
    /* The child inherits the cause; its done closes too (maybe a moment
     * after the parent's, as in Go, when the timer cancels the tree). */
    ck_assert(!co_chan_recv(co_ctx_done(child), NULL));
    ck_assert_int_eq(co_ctx_err(child), CO_DEADLINE_EXCEEDED);
    co_cancel(&cc);
    ck_assert_int_eq(co_ctx_err(child), CO_DEADLINE_EXCEEDED); /* first cause sticks */
    co_ctx_release(child);
    co_ctx_retain(ctx);
    co_cancel(&c);
    ck_assert_int_eq(co_ctx_err(ctx), CO_DEADLINE_EXCEEDED);
    co_ctx_release(ctx);
}
START_TEST(t_timeout_fires) { RT_RUN(timeout_fn); }
END_TEST

static void deadline_fn(void *arg) {
    (void)arg;
    int64_t t0 = co_now();
    co_cancel_fn c;
    co_ctx *ctx = co_with_deadline(co_background(), t0 + 15 * CO_MILLISECOND, &c);
    ck_assert(!co_chan_recv(co_ctx_done(ctx), NULL));
    ck_assert_int_ge(co_now() - t0, 15 * CO_MILLISECOND - CO_MILLISECOND);
    ck_assert_int_eq(co_ctx_err(ctx), CO_DEADLINE_EXCEEDED);
    co_cancel(&c);

    /* A deadline in the past: done at once. */
    co_cancel_fn p;
    co_ctx *past = co_with_deadline(co_background(), co_now() - CO_SECOND, &p);
    ck_assert_int_eq(co_ctx_err(past), CO_DEADLINE_EXCEEDED);
    ck_assert(is_closed(co_ctx_done(past)));
    co_cancel(&p);

    /* A child with a later deadline expires with its parent. */
    co_cancel_fn pc, cc;
    co_ctx *parent = co_with_timeout(co_background(), 10 * CO_MILLISECOND, &pc);
    co_ctx *child = co_with_timeout(parent, 10 * CO_SECOND, &cc);
    ck_assert(!co_chan_recv(co_ctx_done(child), NULL));
    ck_assert_int_eq(co_ctx_err(child), CO_DEADLINE_EXCEEDED);
    ck_assert_int_lt(co_now() - t0, RT_SECONDS(2));
    co_cancel(&cc);
    co_cancel(&pc);

    /* A child with an earlier deadline expires alone. */
    co_ctx *p2 = co_with_timeout(co_background(), 10 * CO_SECOND, &pc);
    co_ctx *c2 = co_with_timeout(p2, 5 * CO_MILLISECOND, &cc);
    ck_assert(!co_chan_recv(co_ctx_done(c2), NULL));
    ck_assert_int_eq(co_ctx_err(c2), CO_DEADLINE_EXCEEDED);
    ck_assert_int_eq(co_ctx_err(p2), 0);
    co_cancel(&cc);
    co_cancel(&pc);
}
START_TEST(t_deadline_fires) { RT_RUN(deadline_fn); }
END_TEST

/* Cancelling before the timeout: CO_CANCELED, and the timer is gone (the
 * leak check would report it otherwise; see the leakcheck suite). */
static void cancel_before_timeout_fn(void *arg) {
    (void)arg;
    co_duration d = (co_duration)(100 * rt_slowdown()) * CO_MILLISECOND;
    co_cancel_fn c;
    co_ctx *ctx = co_with_timeout(co_background(), d, &c);
    co_ctx_retain(ctx);
    co_cancel(&c);
    ck_assert_int_eq(co_ctx_err(ctx), CO_CANCELED);
    co_sleep(d + d / 2);
    ck_assert_int_eq(co_ctx_err(ctx), CO_CANCELED);
    co_ctx_release(ctx);
}
START_TEST(t_cancel_before_timeout) { RT_RUN(cancel_before_timeout_fn); }
END_TEST

/* A child of an already-cancelled context is born cancelled. */
static void born_cancelled_fn(void *arg) {
    (void)arg;
    co_cancel_fn pc, cc;
    co_ctx *parent = co_with_cancel(co_background(), &pc);
    co_ctx_retain(parent);
    co_cancel(&pc);
    co_ctx *child = co_with_cancel(parent, &cc);
    ck_assert_int_eq(co_ctx_err(child), CO_CANCELED);
    ck_assert(is_closed(co_ctx_done(child)));
    co_cancel(&cc);
    co_ctx_release(parent);
}
START_TEST(t_child_of_cancelled) { RT_RUN(born_cancelled_fn); }
END_TEST

/* retain/release: a goroutine keeps using ctx after its creator cancelled
 * and dropped its reference (ASan catches a premature free). */
static co_chan *rr_go;
static atomic_int rr_ok;
static void rr_user(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(rr_go, NULL);      /* wait until the creator cancelled */
    if (co_ctx_err(ctx) == CO_CANCELED && !co_chan_recv(co_ctx_done(ctx), NULL))
        atomic_store(&rr_ok, 1);
    co_ctx_release(ctx);
}
static void retain_fn(void *arg) {
    (void)arg;
    rr_go = co_chan_make(1, 0);
    co_cancel_fn c;
    co_ctx *ctx = co_with_cancel(co_background(), &c);
    ck_assert_ptr_eq(co_ctx_retain(ctx), ctx);
    co_go(rr_user, ctx);
    co_cancel(&c);
    co_chan_close(rr_go);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&rr_ok) == 1, 2000));
}
START_TEST(t_retain_release) { RT_RUN(retain_fn); }
END_TEST

/* CO_DEFER_CANCEL cancels at scope exit. */
static void defer_cancel_fn(void *arg) {
    (void)arg;
    co_ctx *kept;
    {
        co_cancel_fn c;
        co_ctx *ctx = co_with_cancel(co_background(), &c);
        CO_DEFER_CANCEL(&c);
        kept = co_ctx_retain(ctx);
        ck_assert_int_eq(co_ctx_err(ctx), 0);
    }
    ck_assert_int_eq(co_ctx_err(kept), CO_CANCELED);
    co_ctx_release(kept);
}
START_TEST(t_defer_cancel) { RT_RUN(defer_cancel_fn); }
END_TEST

void add_ctx_tests(Suite *s) {
    TCase *tc = tcase_create("ctx");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_background);
    tcase_add_test(tc, t_cancel_basic);
    tcase_add_test(tc, t_cancel_propagates_to_descendants);
    tcase_add_test(tc, t_cancel_wakes_waiters);
    tcase_add_test(tc, t_timeout_fires);
    tcase_add_test(tc, t_deadline_fires);
    tcase_add_test(tc, t_cancel_before_timeout);
    tcase_add_test(tc, t_child_of_cancelled);
    tcase_add_test(tc, t_retain_release);
    tcase_add_test(tc, t_defer_cancel);
    suite_add_tcase(s, tc);
}
