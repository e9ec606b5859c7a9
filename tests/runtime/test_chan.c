/* test_chan.c: channels: buffered FIFO, unbuffered hand-off, close
 * semantics as Go (drain, then false with *out zeroed), len/cap, NULL
 * channels block forever, element copies of any size. */
#include "rt_test.h"

static void buffered_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 3);
    ck_assert_uint_eq(co_chan_cap(ch), 3);
    ck_assert_uint_eq(co_chan_len(ch), 0);
    for (int i = 1; i <= 3; i++) {
        co_chan_send(ch, &i); /* must not block: there is room */
        ck_assert_uint_eq(co_chan_len(ch), (size_t)i);
    }
    for (int i = 1; i <= 3; i++) {
        int v = 0;
        ck_assert(co_chan_recv(ch, &v));
        ck_assert_int_eq(v, i); /* FIFO */
        ck_assert_uint_eq(co_chan_len(ch), (size_t)(3 - i));
    }
    co_chan_free(ch);
}
START_TEST(t_buffered_fifo_len_cap) { RT_RUN(buffered_fn); }
END_TEST

/* A sender on a full buffered channel blocks until a receive makes room. */
static atomic_int full_sent;
static void full_sender(void *arg) {
    int v = 4;
    co_chan_send(arg, &v);
    atomic_store(&full_sent, 1);
}
static void buffered_full_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 3);
    for (int i = 1; i <= 3; i++) co_chan_send(ch, &i);
    co_go(full_sender, ch);
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&full_sent), 0);
    ck_assert_uint_eq(co_chan_len(ch), 3);
    int v;
    ck_assert(co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 1);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&full_sent) == 1, 2000));
    for (int i = 2; i <= 4; i++) {
        ck_assert(co_chan_recv(ch, &v));
        ck_assert_int_eq(v, i);
    }
    co_chan_free(ch);
}
START_TEST(t_buffered_full_blocks_sender) { RT_RUN(buffered_full_fn); }
END_TEST

/* Unbuffered: the sender does not return before a receiver took the value. */
static atomic_int ub_sent;
static void ub_sender(void *arg) {
    int v = 7;
    co_chan_send(arg, &v);
    atomic_store(&ub_sent, 1);
}
static void unbuffered_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    ck_assert_uint_eq(co_chan_cap(ch), 0);
    co_go(ub_sender, ch);
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&ub_sent), 0);
    ck_assert_uint_eq(co_chan_len(ch), 0);
    int v = 0;
    ck_assert(co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 7);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&ub_sent) == 1, 2000));
    co_chan_free(ch);
}
START_TEST(t_unbuffered_handoff) { RT_RUN(unbuffered_fn); }
END_TEST

/* A receiver blocked first gets the value of a later sender. */
static atomic_int ub_got;
static void ub_receiver(void *arg) {
    int v = 0;
    ck_assert(co_chan_recv(arg, &v));
    atomic_store(&ub_got, v);
}
static void unbuffered_recv_first_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_go(ub_receiver, ch);
    co_sleep(10 * CO_MILLISECOND);
    int v = 99;
    co_chan_send(ch, &v);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&ub_got) == 99, 2000));
    co_chan_free(ch);
}
START_TEST(t_unbuffered_receiver_first) { RT_RUN(unbuffered_recv_first_fn); }
END_TEST

/* Ping-pong over two unbuffered channels keeps strict order. */
static void pong(void *arg) {
    co_chan **chs = arg; /* on the caller's stack: copy before it can return */
    co_chan *in = chs[0], *out = chs[1];
    int v;
    while (co_chan_recv(in, &v)) {
        v++;
        co_chan_send(out, &v);
    }
}
static void pingpong_fn(void *arg) {
    (void)arg;
    co_chan *chs[2] = {co_chan_make(sizeof(int), 0), co_chan_make(sizeof(int), 0)};
    co_go(pong, chs);
    for (int i = 0; i < 10000; i++) {
        int v = i * 2;
        co_chan_send(chs[0], &v);
        ck_assert(co_chan_recv(chs[1], &v));
        ck_assert_int_eq(v, i * 2 + 1);
    }
    co_chan_close(chs[0]);
    co_sleep(5 * CO_MILLISECOND);
}
START_TEST(t_unbuffered_pingpong) { RT_RUN(pingpong_fn); }
END_TEST

/* Close: buffered values are still delivered, then recv returns false and
 * zeroes *out; out may be NULL. */
static void close_drain_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int64_t), 4);
    for (int64_t i = 1; i <= 2; i++) co_chan_send(ch, &i);
    co_chan_close(ch);
    ck_assert_uint_eq(co_chan_len(ch), 2);
    int64_t v = -1;
    ck_assert(co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 1);
    ck_assert(co_chan_recv(ch, NULL)); /* value 2, discarded */
    v = 0x5a5a5a5a;
    ck_assert(!co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 0);
    ck_assert(!co_chan_recv(ch, NULL));
    v = 77;
    ck_assert(!co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 0);
    ck_assert_uint_eq(co_chan_len(ch), 0);
    ck_assert_uint_eq(co_chan_cap(ch), 4);
    co_chan_free(ch);
}
START_TEST(t_close_drains_then_false_zeroed) { RT_RUN(close_drain_fn); }
END_TEST

static void close_unbuffered_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_chan_close(ch);
    int v = 3;
    ck_assert(!co_chan_recv(ch, &v));
    ck_assert_int_eq(v, 0);
    co_chan_free(ch);
}
START_TEST(t_close_unbuffered_recv_false) { RT_RUN(close_unbuffered_fn); }
END_TEST

/* Close wakes every blocked receiver, each with false. */
static atomic_int woken_false;
static void close_waiter(void *arg) {
    int v = 5;
    if (!co_chan_recv(arg, &v) && v == 0) atomic_fetch_add(&woken_false, 1);
}
static void close_wakes_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_chan *bch = co_chan_make(sizeof(int), 2);
    for (int i = 0; i < 10; i++) { co_go(close_waiter, ch); co_go(close_waiter, bch); }
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&woken_false), 0);
    co_chan_close(ch);
    co_chan_close(bch);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&woken_false) == 20, 2000));
}
START_TEST(t_close_wakes_all_receivers) { RT_RUN(close_wakes_fn); }
END_TEST

/* Operations on a NULL channel block forever (and park, not spin). */
static atomic_int nil_returned;
static void nil_sender(void *arg) {
    (void)arg;
    int v = 1;
    co_chan_send(NULL, &v);
    atomic_store(&nil_returned, 1);
}
static void nil_receiver(void *arg) {
    (void)arg;
    int v;
    co_chan_recv(NULL, &v);
    atomic_store(&nil_returned, 1);
}
static void nil_fn(void *arg) {
    (void)arg;
    co_go(nil_sender, NULL);
    co_go(nil_receiver, NULL);
    int v = 1;
    co_case cs[2] = {CO_RECV(NULL, &v), CO_SEND(NULL, &v)};
    ck_assert_int_eq(co_select_try(cs, 2), -1);
    co_sleep(30 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&nil_returned), 0);
}
START_TEST(t_nil_channel_blocks_forever) { RT_RUN(nil_fn); }
END_TEST

/* Elements of any size are copied whole. */
typedef struct { char bytes[200]; int tag; } big_t;
static co_waitgroup big_wg;
static void big_sender(void *arg) {
    CO_DEFER_DONE(&big_wg);
    for (int i = 0; i < 50; i++) {
        big_t b;
        memset(b.bytes, 'a' + i % 26, sizeof b.bytes);
        b.tag = i;
        co_chan_send(arg, &b);
    }
    co_chan_close(arg);
}
static void elem_size_fn(void *arg) {
    (void)arg;
    for (size_t cap = 0; cap <= 5; cap += 5) {
        co_chan *ch = co_chan_make(sizeof(big_t), cap);
        co_wg_add(&big_wg, 1);
        co_go(big_sender, ch);
        big_t b;
        int n = 0;
        while (co_chan_recv(ch, &b)) {
            ck_assert_int_eq(b.tag, n);
            for (size_t k = 0; k < sizeof b.bytes; k++) ck_assert_int_eq(b.bytes[k], 'a' + n % 26);
            n++;
        }
        ck_assert_int_eq(n, 50);
        co_wg_wait(&big_wg); /* the sender no longer touches ch */
        co_chan_free(ch);
    }
    co_chan *c1 = co_chan_make(1, 2);
    char c = 'x';
    co_chan_send(c1, &c);
    c = 0;
    ck_assert(co_chan_recv(c1, &c));
    ck_assert_int_eq(c, 'x');
    co_chan_free(c1);
}
START_TEST(t_elem_sizes) { RT_RUN(elem_size_fn); }
END_TEST

/* Many senders into one unbuffered channel: every value arrives once. */
enum { MS_SENDERS = 8, MS_EACH = 500 };
static co_waitgroup ms_wg;
static void ms_sender(void *arg) {
    CO_DEFER_DONE(&ms_wg);
    co_chan *ch = arg;
    for (int i = 0; i < MS_EACH; i++) co_chan_send(ch, &i);
}
static void many_senders_fn(void *arg) {
    (void)arg;
    for (size_t cap = 0; cap <= 7; cap += 7) {
        co_chan *ch = co_chan_make(sizeof(int), cap);
        co_wg_add(&ms_wg, MS_SENDERS);
        for (int s = 0; s < MS_SENDERS; s++) co_go(ms_sender, ch);
        int counts[MS_EACH] = {0};
        for (int n = 0; n < MS_SENDERS * MS_EACH; n++) {
            int v;
            ck_assert(co_chan_recv(ch, &v));
            ck_assert(v >= 0 && v < MS_EACH);
            counts[v]++;
        }
        for (int i = 0; i < MS_EACH; i++) ck_assert_int_eq(counts[i], MS_SENDERS);
        co_case c = CO_RECV(ch, NULL);
        ck_assert_int_eq(co_select_try(&c, 1), -1);
        co_wg_wait(&ms_wg);
        co_chan_free(ch);
    }
}
START_TEST(t_many_senders_conserved) { RT_RUN(many_senders_fn); }
END_TEST

void add_chan_tests(Suite *s) {
    TCase *tc = tcase_create("chan");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_buffered_fifo_len_cap);
    tcase_add_test(tc, t_buffered_full_blocks_sender);
    tcase_add_test(tc, t_unbuffered_handoff);
    tcase_add_test(tc, t_unbuffered_receiver_first);
    tcase_add_test(tc, t_unbuffered_pingpong);
    tcase_add_test(tc, t_close_drains_then_false_zeroed);
    tcase_add_test(tc, t_close_unbuffered_recv_false);
    tcase_add_test(tc, t_close_wakes_all_receivers);
    tcase_add_test(tc, t_nil_channel_blocks_forever);
    tcase_add_test(tc, t_elem_sizes);
    tcase_add_test(tc, t_many_senders_conserved);
    suite_add_tcase(s, tc);
}
