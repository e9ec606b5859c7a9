/* test_select.c: co_select / co_select_try: the ready case is taken, the
 * choice among several ready cases is random, NULL channels are never
 * ready, .ok reports closed channels, select_try returns -1 when nothing is
 * ready, a blocked select wakes on a later send/recv/close. */
#include "rt_test.h"

#include <stdio.h>

static void ready_recv_fn(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 1), *b = co_chan_make(sizeof(int), 1);
    int v = 5, out = 0;
    co_chan_send(b, &v);
    co_case cs[2] = {CO_RECV(a, &out), CO_RECV(b, &out)};
    ck_assert_int_eq(co_select(cs, 2), 1);
    ck_assert(cs[1].ok);
    ck_assert_int_eq(out, 5);
    co_chan_free(a);
    co_chan_free(b);
}
START_TEST(t_select_takes_ready_recv) { RT_RUN(ready_recv_fn); }
END_TEST

static void ready_send_fn(void *arg) {
    (void)arg;
    co_chan *full = co_chan_make(sizeof(int), 1), *room = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(full, &v);
    int w = 9;
    co_case cs[2] = {CO_SEND(full, &w), CO_SEND(room, &w)};
    ck_assert_int_eq(co_select(cs, 2), 1);
    ck_assert_uint_eq(co_chan_len(room), 1);
    ck_assert_uint_eq(co_chan_len(full), 1);
    int out;
    ck_assert(co_chan_recv(room, &out));
    ck_assert_int_eq(out, 9);
    co_chan_free(full);
    co_chan_free(room);
}
START_TEST(t_select_takes_ready_send) { RT_RUN(ready_send_fn); }
END_TEST

/* Both cases always ready: both must be chosen a fair share of the time. */
static void random_fn(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 1), *b = co_chan_make(sizeof(int), 1);
    int one = 1, two = 2;
    co_chan_send(a, &one);
    co_chan_send(b, &two);
    int count[2] = {0, 0};
    enum { N = 2000 };
    for (int i = 0; i < N; i++) {
        int out = 0;
        co_case cs[2] = {CO_RECV(a, &out), CO_RECV(b, &out)};
        int k = i % 2 ? co_select(cs, 2) : co_select_try(cs, 2);
        ck_assert(k == 0 || k == 1);
        ck_assert(cs[k].ok);
        ck_assert_int_eq(out, k + 1);
        count[k]++;
        co_chan_send(k == 0 ? a : b, &out); /* refill */
    }
    /* Expected 1000 each (sd ~22): 700 is far outside chance. */
    ck_assert_msg(count[0] > 700 && count[1] > 700, "biased choice: %d / %d", count[0], count[1]);
    co_chan_free(a);
    co_chan_free(b);
}
START_TEST(t_select_random_among_ready) { RT_RUN(random_fn); }
END_TEST

/* Random also between a ready send and a ready receive. */
static void random_mixed_fn(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 1), *out = co_chan_make(sizeof(int), 1);
    int v = 1, w = 2, got;
    co_chan_send(in, &v);
    int count[2] = {0, 0};
    for (int i = 0; i < 1000; i++) {
        co_case cs[2] = {CO_RECV(in, &got), CO_SEND(out, &w)};
        int k = co_select(cs, 2);
        count[k]++;
        if (k == 0) co_chan_send(in, &got); else co_chan_recv(out, NULL);
    }
    ck_assert_msg(count[0] > 350 && count[1] > 350, "biased choice: %d / %d", count[0], count[1]);
    co_chan_free(in);
    co_chan_free(out);
}
START_TEST(t_select_random_send_recv) { RT_RUN(random_mixed_fn); }
END_TEST

/* NULL channels are never ready; a real ready case always wins. */
static void nil_cases_fn(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 1);
    int v = 4, out;
    co_case none[3] = {CO_RECV(NULL, &out), CO_SEND(NULL, &v), CO_RECV(NULL, NULL)};
    ck_assert_int_eq(co_select_try(none, 3), -1);
    for (int i = 0; i < 200; i++) {
        co_chan_send(a, &v);
        co_case cs[3] = {CO_RECV(NULL, &out), CO_RECV(a, &out), CO_SEND(NULL, &v)};
        ck_assert_int_eq(co_select(cs, 3), 1);
        ck_assert(cs[1].ok);
    }
    co_chan_free(a);
}
START_TEST(t_select_nil_never_ready) { RT_RUN(nil_cases_fn); }
END_TEST

/* select_try: -1 on empty/full/partnerless channels, zero cases too. */
static void try_none_fn(void *arg) {
    (void)arg;
    co_chan *empty = co_chan_make(sizeof(int), 2);
    co_chan *ub = co_chan_make(sizeof(int), 0);
    co_chan *full = co_chan_make(sizeof(int), 1);
    int v = 1, out = 0;
    co_chan_send(full, &v);
    co_case cs[4] = {CO_RECV(empty, &out), CO_RECV(ub, &out), CO_SEND(ub, &v), CO_SEND(full, &v)};
    for (int i = 0; i < 100; i++) ck_assert_int_eq(co_select_try(cs, 4), -1);
    ck_assert_int_eq(co_select_try(NULL, 0), -1);
    ck_assert_uint_eq(co_chan_len(full), 1);
    ck_assert_uint_eq(co_chan_len(empty), 0);
    co_chan_free(empty);
    co_chan_free(ub);
    co_chan_free(full);
}
START_TEST(t_select_try_none_ready) { RT_RUN(try_none_fn); }
END_TEST

/* select_try on an unbuffered channel with a parked sender takes its value. */
static atomic_int try_sender_done;
static void try_sender(void *arg) {
    int v = 31;
    co_chan_send(arg, &v);
    atomic_store(&try_sender_done, 1);
}
static void try_partner_fn(void *arg) {
    (void)arg;
    co_chan *ub = co_chan_make(sizeof(int), 0);
    co_go(try_sender, ub);
    co_sleep(10 * CO_MILLISECOND);
    int out = 0;
    co_case c = CO_RECV(ub, &out);
    ck_assert_int_eq(co_select_try(&c, 1), 0);
    ck_assert(c.ok);
    ck_assert_int_eq(out, 31);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&try_sender_done), 2000));
    co_chan_free(ub);
}
START_TEST(t_select_try_takes_parked_sender) { RT_RUN(try_partner_fn); }
END_TEST

/* A closed channel is ready for receive: .ok false, *elem zeroed. */
static void closed_fn(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 0), *c = co_chan_make(sizeof(int), 1);
    int v = 8;
    co_chan_send(c, &v);
    co_chan_close(c);
    int out = -1;
    co_case cs[2] = {CO_RECV(a, &out), CO_RECV(c, &out)};
    ck_assert_int_eq(co_select(cs, 2), 1);
    ck_assert(cs[1].ok);
    ck_assert_int_eq(out, 8);
    cs[1].ok = true;
    out = -1;
    ck_assert_int_eq(co_select_try(cs, 2), 1);
    ck_assert(!cs[1].ok);
    ck_assert_int_eq(out, 0);
    co_chan_free(a);
    co_chan_free(c);
}
START_TEST(t_select_closed_ok_false) { RT_RUN(closed_fn); }
END_TEST

/* A blocked select wakes up for a later send, a later receive, a close.
 * The helpers count down later_wg so the channels can be freed after. */
static co_waitgroup later_wg;
static void later_send(void *arg) {
    CO_DEFER_DONE(&later_wg);
    co_sleep(10 * CO_MILLISECOND);
    int v = 77;
    co_chan_send(arg, &v);
}
static void later_recv(void *arg) {
    CO_DEFER_DONE(&later_wg);
    co_sleep(10 * CO_MILLISECOND);
    int v;
    co_chan_recv(arg, &v);
}
static void later_close(void *arg) {
    CO_DEFER_DONE(&later_wg);
    co_sleep(10 * CO_MILLISECOND);
    co_chan_close(arg);
}
static void blocking_fn(void *arg) {
    (void)arg;
    for (size_t cap = 0; cap <= 1; cap++) {
        co_chan *idle = co_chan_make(sizeof(int), 0);
        co_chan *ch = co_chan_make(sizeof(int), cap);
        int out = 0, v = 5;
        co_wg_add(&later_wg, 3);
        co_go(later_send, ch);
        co_case r[3] = {CO_RECV(idle, &out), CO_RECV(NULL, &out), CO_RECV(ch, &out)};
        ck_assert_int_eq(co_select(r, 3), 2);
        ck_assert(r[2].ok);
        ck_assert_int_eq(out, 77);

        if (cap == 1) co_chan_send(ch, &v); /* fill so the send must wait */
        co_go(later_recv, ch);
        co_case s[2] = {CO_RECV(idle, &out), CO_SEND(ch, &v)};
        ck_assert_int_eq(co_select(s, 2), 1);

        co_chan *cl = co_chan_make(sizeof(int), cap);
        co_go(later_close, cl);
        out = 3;
        co_case c[2] = {CO_RECV(idle, &out), CO_RECV(cl, &out)};
        ck_assert_int_eq(co_select(c, 2), 1);
        ck_assert(!c[1].ok);
        ck_assert_int_eq(out, 0);
        co_wg_wait(&later_wg);
        co_chan_free(idle);
        co_chan_free(ch);
        co_chan_free(cl);
    }
}
START_TEST(t_select_blocks_until_ready) { RT_RUN(blocking_fn); }
END_TEST

/* Two goroutines exchange values over unbuffered channels where both sides
 * use select (send on one side, receive on the other). */
static void sel_echo(void *arg) {
    co_chan **chs = arg; /* on the caller's stack: copy before it can return */
    co_chan *ch[2] = {chs[0], chs[1]};
    for (;;) {
        int v;
        co_case r[1] = {CO_RECV(ch[0], &v)};
        co_select(r, 1);
        if (!r[0].ok) return;
        v = -v;
        co_case s[2] = {CO_SEND(ch[1], &v), CO_RECV(NULL, NULL)};
        co_select(s, 2);
    }
}
static void sel_both_fn(void *arg) {
    (void)arg;
    co_chan *ch[2] = {co_chan_make(sizeof(int), 0), co_chan_make(sizeof(int), 0)};
    co_go(sel_echo, ch);
    for (int i = 1; i <= 2000; i++) {
        co_case s[1] = {CO_SEND(ch[0], &i)};
        ck_assert_int_eq(co_select(s, 1), 0);
        int v = 0;
        co_case r[1] = {CO_RECV(ch[1], &v)};
        ck_assert_int_eq(co_select(r, 1), 0);
        ck_assert_int_eq(v, -i);
    }
    co_chan_close(ch[0]);
}
START_TEST(t_select_both_sides) { RT_RUN(sel_both_fn); }
END_TEST

/* The same channel twice in one select: one value taken exactly once. */
static void dup_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_wg_add(&later_wg, 1);
    co_go(later_send, ch);
    int a = 0, b = 0;
    co_case cs[2] = {CO_RECV(ch, &a), CO_RECV(ch, &b)};
    int k = co_select(cs, 2);
    ck_assert(k == 0 || k == 1);
    ck_assert_int_eq(k == 0 ? a : b, 77);
    ck_assert_int_eq(k == 0 ? b : a, 0);
    co_case t = CO_RECV(ch, NULL);
    co_sleep(5 * CO_MILLISECOND);
    ck_assert_int_eq(co_select_try(&t, 1), -1);
    co_wg_wait(&later_wg);
    co_chan_free(ch);
}
START_TEST(t_select_duplicate_channel) { RT_RUN(dup_fn); }
END_TEST

/* select with no cases blocks forever (parks; others keep running). */
static atomic_int empty_sel_returned;
static void empty_selector(void *arg) {
    (void)arg;
    co_select(NULL, 0);
    atomic_store(&empty_sel_returned, 1);
}
static void empty_select_fn(void *arg) {
    (void)arg;
    co_go(empty_selector, NULL);
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&empty_sel_returned), 0);
}
START_TEST(t_select_no_cases_blocks) { RT_RUN(empty_select_fn); }
END_TEST

/* CO_SEED=N makes the choice among ready cases reproducible (one worker,
 * so nothing else is random): the child prints its 64 choices. */
static void seeded_choices(void *arg) {
    (void)arg;
    co_chan *a = co_chan_make(sizeof(int), 1), *b = co_chan_make(sizeof(int), 1);
    int v = 0;
    char trace[65];
    for (int i = 0; i < 64; i++) {
        co_chan_send(a, &v);
        co_chan_send(b, &v);
        co_case cs[2] = {CO_RECV(a, NULL), CO_RECV(b, NULL)};
        int k = co_select(cs, 2);
        trace[i] = (char)('0' + k);
        co_chan_recv(k == 0 ? b : a, NULL); /* drain the other one */
    }
    trace[64] = '\0';
    fprintf(stderr, "%s\n", trace);
}
START_TEST(t_select_seed_reproducible) {
    static const char *const s42[] = {"CO_SEED=42", "CO_PROCS=1", NULL};
    static const char *const s43[] = {"CO_SEED=43", "CO_PROCS=1", NULL};
    rt_child_result r1, r2, r3;
    rt_child(seeded_choices, NULL, s42, 10, &r1);
    rt_child(seeded_choices, NULL, s42, 10, &r2);
    rt_child(seeded_choices, NULL, s43, 10, &r3);
    ck_assert_int_eq(rt_child_exit_code(&r1), 0);
    ck_assert_int_eq(strlen(r1.err), 65);
    ck_assert_str_eq(r1.err, r2.err);
    ck_assert_str_ne(r1.err, r3.err); /* equal by chance: p = 2^-64 */
}
END_TEST

void add_select_tests(Suite *s) {
    TCase *tc = tcase_create("select");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_select_takes_ready_recv);
    tcase_add_test(tc, t_select_takes_ready_send);
    tcase_add_test(tc, t_select_random_among_ready);
    tcase_add_test(tc, t_select_random_send_recv);
    tcase_add_test(tc, t_select_nil_never_ready);
    tcase_add_test(tc, t_select_try_none_ready);
    tcase_add_test(tc, t_select_try_takes_parked_sender);
    tcase_add_test(tc, t_select_closed_ok_false);
    tcase_add_test(tc, t_select_blocks_until_ready);
    tcase_add_test(tc, t_select_both_sides);
    tcase_add_test(tc, t_select_duplicate_channel);
    tcase_add_test(tc, t_select_no_cases_blocks);
    tcase_add_test(tc, t_select_seed_reproducible);
    suite_add_tcase(s, tc);
}
