/* test_stress.c: stress tests that catch lost wake-ups and lost or
 * duplicated messages: producers/consumers over buffered and unbuffered
 * channels with random co_select mixes (every message checked), a mutex
 * counter under contention, WaitGroups with thousands of goroutines, timers
 * stopped and reset while firing, cancellation trees cancelled from several
 * goroutines at once. Sizes scale with STRESS_SCALE (TSan runs ~0.1). */
#include "rt_test.h"

#include <stdio.h>
#include <stdlib.h>

/* Per-goroutine xorshift (co__rand is private). */
static uint32_t rnd(uint32_t *s) {
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* ---- Channel conservation ----------------------------------------- *
 * Messages are (producer << 32 | seq). Producers send each message once,
 * choosing among the channels with co_select / co_select_try (plus NULL
 * cases); consumers receive with random selects until every channel is
 * closed. Each (producer, seq) must be received exactly once. */
enum { NCHAN = 4 };
typedef struct {
    co_chan *ch[NCHAN];
    int producers, consumers;
    long per_producer;
    atomic_uchar *seen;        /* producers * per_producer counters */
    atomic_long received, dupes, bad;
    co_waitgroup prod_wg, cons_wg;
} conserve_t;

typedef struct { conserve_t *c; int id; } worker_arg;

static void producer(void *arg) {
    worker_arg *w = arg;
    conserve_t *c = w->c;
    CO_DEFER_DONE(&c->prod_wg);
    uint32_t seed = 0x9e3779b9u * (uint32_t)(w->id + 1);
    for (long seq = 0; seq < c->per_producer; seq++) {
        uint64_t msg = ((uint64_t)w->id << 32) | (uint64_t)seq;
        co_case cs[NCHAN + 1];
        size_t n = 0;
        uint32_t r = rnd(&seed);
        for (int k = 0; k < NCHAN; k++)
            if (r & (1u << k)) cs[n++] = CO_SEND(c->ch[k], &msg);
        if (n == 0) cs[n++] = CO_SEND(c->ch[r % NCHAN], &msg);
        if (r & 0x100) cs[n++] = CO_SEND(NULL, &msg);
        switch ((r >> 9) % 4) {
        case 0: /* plain send on one channel */
            co_chan_send(cs[0].ch ? cs[0].ch : c->ch[0], &msg);
            break;
        case 1: /* try first, then block */
            if (co_select_try(cs, n) < 0) co_select(cs, n);
            break;
        default:
            co_select(cs, n);
        }
        if ((r & 0xff) == 0) co_yield();
    }
}

/* Records one received message. */
static void account(conserve_t *c, uint64_t msg) {
    uint64_t p = msg >> 32, seq = msg & 0xffffffffu;
    if (p >= (uint64_t)c->producers || seq >= (uint64_t)c->per_producer) {
        atomic_fetch_add(&c->bad, 1);
        return;
    }
    if (atomic_fetch_add(&c->seen[p * (uint64_t)c->per_producer + seq], 1) != 0)
        atomic_fetch_add(&c->dupes, 1);
    atomic_fetch_add(&c->received, 1);
}

/* Consumers 0..NCHAN-1 each drain one channel with plain co_chan_recv (so
 * every channel always has a receiver and plain sends cannot deadlock);
 * the others receive with random co_select / co_select_try mixes. */
static void consumer(void *arg) {
    worker_arg *w = arg;
    conserve_t *c = w->c;
    CO_DEFER_DONE(&c->cons_wg);
    uint64_t msg = 0;
    if (w->id < NCHAN) {
        while (co_chan_recv(c->ch[w->id], &msg)) account(c, msg);
        if (msg != 0) atomic_fetch_add(&c->bad, 1); /* *out must be zeroed */
        return;
    }
    uint32_t seed = 0x85ebca6bu * (uint32_t)(w->id + 7);
    co_chan *live[NCHAN];
    for (int k = 0; k < NCHAN; k++) live[k] = c->ch[k];
    int open = NCHAN;
    while (open > 0) {
        co_case cs[NCHAN];
        for (int k = 0; k < NCHAN; k++) cs[k] = CO_RECV(live[k], &msg); /* closed ones: NULL */
        uint32_t r = rnd(&seed);
        int k;
        if (r % 3 == 0) {
            k = co_select_try(cs, NCHAN);
            if (k < 0) { co_yield(); continue; }
        } else {
            k = co_select(cs, NCHAN);
        }
        if (!cs[k].ok) {
            if (msg != 0) atomic_fetch_add(&c->bad, 1); /* *out must be zeroed */
            live[k] = NULL;
            open--;
            continue;
        }
        account(c, msg);
    }
}

static void conserve_run(size_t caps[NCHAN], int producers, int consumers, long per) {
    conserve_t *c = calloc(1, sizeof *c);
    c->producers = producers;
    c->consumers = consumers;
    c->per_producer = per;
    c->seen = calloc((size_t)(producers * per), 1);
    for (int k = 0; k < NCHAN; k++) c->ch[k] = co_chan_make(sizeof(uint64_t), caps[k]);
    worker_arg *pa = calloc((size_t)producers, sizeof *pa), *ca = calloc((size_t)consumers, sizeof *ca);
    co_wg_add(&c->prod_wg, producers);
    co_wg_add(&c->cons_wg, consumers);
    for (int i = 0; i < consumers; i++) { ca[i] = (worker_arg){c, i}; co_go(consumer, &ca[i]); }
    for (int i = 0; i < producers; i++) { pa[i] = (worker_arg){c, i}; co_go(producer, &pa[i]); }
    co_wg_wait(&c->prod_wg);
    for (int k = 0; k < NCHAN; k++) co_chan_close(c->ch[k]);
    co_wg_wait(&c->cons_wg);
    long total = (long)producers * per, missing = 0;
    for (long i = 0; i < total; i++) missing += atomic_load(&c->seen[i]) == 0;
    ck_assert_int_eq(atomic_load(&c->bad), 0);
    ck_assert_int_eq(atomic_load(&c->dupes), 0);
    ck_assert_int_eq(missing, 0);
    ck_assert_int_eq(atomic_load(&c->received), total);
    for (int k = 0; k < NCHAN; k++) co_chan_free(c->ch[k]);
    free(pa); free(ca); free(c->seen); free(c);
}

static void conserve_unbuffered_fn(void *arg) {
    (void)arg;
    size_t caps[NCHAN] = {0, 0, 0, 0};
    conserve_run(caps, 16, 16, rt_scaled(16000));
}
START_TEST(t_stress_chan_unbuffered) { RT_RUN(conserve_unbuffered_fn); }
END_TEST

static void conserve_buffered_fn(void *arg) {
    (void)arg;
    size_t caps[NCHAN] = {1, 8, 64, 3};
    conserve_run(caps, 16, 10, rt_scaled(30000));
}
START_TEST(t_stress_chan_buffered) { RT_RUN(conserve_buffered_fn); }
END_TEST

static void conserve_mixed_fn(void *arg) {
    (void)arg;
    size_t caps[NCHAN] = {0, 1, 0, 16};
    conserve_run(caps, 32, 6, rt_scaled(8000));
    size_t caps2[NCHAN] = {0, 2, 0, 0};
    conserve_run(caps2, 2, 32, rt_scaled(60000));
}
START_TEST(t_stress_chan_mixed) { RT_RUN(conserve_mixed_fn); }
END_TEST

/* ---- Mutex counter -------------------------------------------------- */
static co_mutex smu = CO_MUTEX_INIT;
static long scount; /* guarded by smu */
static co_waitgroup smu_wg;
static void mutex_hammer(void *arg) {
    long n = (long)(intptr_t)arg;
    CO_DEFER_DONE(&smu_wg);
    for (long i = 0; i < n; i++) {
        if (i % 3 == 0) {
            while (!co_mutex_trylock(&smu)) co_yield();
        } else {
            co_mutex_lock(&smu);
        }
        long v = scount;
        if (i % 64 == 0) co_yield();
        scount = v + 1;
        co_mutex_unlock(&smu);
    }
}
static void mutex_stress_fn(void *arg) {
    (void)arg;
    long per = rt_scaled(60000);
    int g = 32;
    co_wg_add(&smu_wg, g);
    for (int i = 0; i < g; i++) co_go(mutex_hammer, (void *)(intptr_t)per);
    co_wg_wait(&smu_wg);
    co_mutex_lock(&smu);
    ck_assert_int_eq(scount, per * g);
    co_mutex_unlock(&smu);
}
START_TEST(t_stress_mutex_counter) { RT_RUN(mutex_stress_fn); }
END_TEST

/* RWMutex: writers increment, readers check the value is stable. */
static co_rwmutex srw = CO_RWMUTEX_INIT;
static long rwval;
static atomic_long rw_bad;
static co_waitgroup srw_wg;
static void rw_hammer(void *arg) {
    long n = (long)(intptr_t)arg;
    CO_DEFER_DONE(&srw_wg);
    for (long i = 0; i < n; i++) {
        if (i % 4 == 0) {
            co_rwmutex_lock(&srw);
            rwval++;
            co_rwmutex_unlock(&srw);
        } else {
            co_rwmutex_rlock(&srw);
            long a = rwval;
            if (i % 32 == 1) co_yield();
            if (rwval != a) atomic_fetch_add(&rw_bad, 1);
            co_rwmutex_runlock(&srw);
        }
    }
}
static void rwmutex_stress_fn(void *arg) {
    (void)arg;
    long per = rt_scaled(30000);
    int g = 16;
    co_wg_add(&srw_wg, g);
    for (int i = 0; i < g; i++) co_go(rw_hammer, (void *)(intptr_t)per);
    co_wg_wait(&srw_wg);
    ck_assert_int_eq(atomic_load(&rw_bad), 0);
    co_rwmutex_rlock(&srw);
    ck_assert_int_eq(rwval, g * ((per + 3) / 4));
    co_rwmutex_runlock(&srw);
}
START_TEST(t_stress_rwmutex) { RT_RUN(rwmutex_stress_fn); }
END_TEST

/* ---- Cond: a bounded queue with signal-only wake-ups --------------- *
 * A lost wake-up in co_cond_signal / co_cond_wait hangs it (the test times
 * out); a broken mutex hand-off loses or duplicates items (sum check). */
enum { QCAP = 4 };
static struct {
    co_mutex mu;
    co_cond not_full, not_empty;
    long items[QCAP];
    int head, len;          /* guarded by mu */
    long produced_sum, consumed_sum, consumed_n, remaining; /* guarded by mu */
} q;
static co_waitgroup q_wg;
static void q_producer(void *arg) {
    long n = (long)(intptr_t)arg;
    CO_DEFER_DONE(&q_wg);
    for (long i = 1; i <= n; i++) {
        co_mutex_lock(&q.mu);
        while (q.len == QCAP) co_cond_wait(&q.not_full, &q.mu);
        q.items[(q.head + q.len++) % QCAP] = i;
        q.produced_sum += i;
        co_cond_signal(&q.not_empty);
        co_mutex_unlock(&q.mu);
    }
}
static void q_consumer(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&q_wg);
    for (;;) {
        co_mutex_lock(&q.mu);
        while (q.len == 0 && q.remaining > 0) co_cond_wait(&q.not_empty, &q.mu);
        if (q.remaining == 0) {
            co_cond_signal(&q.not_empty); /* pass the news on to the next consumer */
            co_mutex_unlock(&q.mu);
            return;
        }
        long v = q.items[q.head];
        q.head = (q.head + 1) % QCAP;
        q.len--;
        q.remaining--;
        q.consumed_sum += v;
        q.consumed_n++;
        co_cond_signal(&q.not_full);
        if (q.remaining == 0) co_cond_signal(&q.not_empty);
        co_mutex_unlock(&q.mu);
    }
}
static void cond_queue_fn(void *arg) {
    (void)arg;
    long per = rt_scaled(20000);
    int producers = 8, consumers = 8;
    q.remaining = per * producers;
    co_wg_add(&q_wg, producers + consumers);
    for (int i = 0; i < consumers; i++) co_go(q_consumer, NULL);
    for (int i = 0; i < producers; i++) co_go(q_producer, (void *)(intptr_t)per);
    co_wg_wait(&q_wg);
    co_mutex_lock(&q.mu);
    ck_assert_int_eq(q.consumed_n, per * producers);
    ck_assert_int_eq(q.consumed_sum, q.produced_sum);
    ck_assert_int_eq(q.consumed_sum, producers * per * (per + 1) / 2);
    co_mutex_unlock(&q.mu);
}
START_TEST(t_stress_cond_queue) { RT_RUN(cond_queue_fn); }
END_TEST

/* ---- WaitGroup with thousands -------------------------------------- */
static co_waitgroup big_wg;
static atomic_long big_done;
static void wg_child(void *arg) {
    int spawn = (int)(intptr_t)arg;
    CO_DEFER_DONE(&big_wg);
    if (spawn > 0) { /* nested adds from goroutines, before our Done */
        co_wg_add(&big_wg, spawn);
        for (int i = 0; i < spawn; i++) co_go(wg_child, (void *)0);
    }
    if (spawn % 2) co_yield();
    atomic_fetch_add(&big_done, 1);
}
static void wg_stress_fn(void *arg) {
    (void)arg;
    long n = rt_scaled(5000);
    for (int round = 0; round < 3; round++) {
        atomic_store(&big_done, 0);
        co_wg_add(&big_wg, (int)n);
        for (long i = 0; i < n; i++) co_go(wg_child, (void *)(intptr_t)(i % 10 == 0 ? 3 : 0));
        co_wg_wait(&big_wg);
        long expect = n + 3 * ((n + 9) / 10);
        ck_assert_int_eq(atomic_load(&big_done), expect);
    }
}
START_TEST(t_stress_waitgroup) { RT_RUN(wg_stress_fn); }
END_TEST

/* ---- Timers stopped and reset while firing ------------------------- */
static atomic_long timer_bad;
static co_waitgroup tm_wg;
static void timer_churn(void *arg) {
    uint32_t seed = (uint32_t)(intptr_t)arg * 2654435761u + 1;
    long n = rt_scaled(600);
    CO_DEFER_DONE(&tm_wg);
    co_chan *limit = co_after(60 * CO_SECOND); /* only read if a timer is lost */
    for (long i = 0; i < n; i++) {
        uint32_t r = rnd(&seed);
        co_duration d = (co_duration)(r % 200) * CO_MICROSECOND;
        co_timer *t = co_timer_new(d);
        if ((r >> 8) % 3) co_sleep((co_duration)((r >> 12) % 200) * CO_MICROSECOND);
        else co_yield();
        if ((r >> 20) % 2) {
            co_timer_stop(t); /* either result is fine; must not crash */
            continue;
        }
        /* After reset, exactly one value arrives (an older undelivered one
         * was dropped by the reset, an in-flight fire finished before). */
        co_timer_reset(t, (co_duration)((r >> 24) % 100) * CO_MICROSECOND);
        co_chan *c = co_timer_chan(t);
        co_case cs[2] = {CO_RECV(c, NULL), CO_RECV(limit, NULL)};
        if (co_select(cs, 2) != 0) atomic_fetch_add(&timer_bad, 1);
        co_sleep(300 * CO_MICROSECOND);
        co_case again = CO_RECV(c, NULL);
        if (co_select_try(&again, 1) != -1) atomic_fetch_add(&timer_bad, 1);
        if (co_timer_stop(t)) atomic_fetch_add(&timer_bad, 1); /* it fired */
    }
}
static void ticker_churn(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&tm_wg);
    long n = rt_scaled(100);
    for (long i = 0; i < n; i++) {
        co_ticker *tk = co_ticker_new(50 * CO_MICROSECOND);
        co_sleep(100 * CO_MICROSECOND);
        co_ticker_reset(tk, (co_duration)(i % 5 + 1) * 30 * CO_MICROSECOND);
        co_chan_recv(co_ticker_chan(tk), NULL);
        co_ticker_stop(tk);
    }
}
static void timer_stress_fn(void *arg) {
    (void)arg;
    int g = 32;
    co_wg_add(&tm_wg, g + 4);
    for (int i = 0; i < g; i++) co_go(timer_churn, (void *)(intptr_t)i);
    for (int i = 0; i < 4; i++) co_go(ticker_churn, NULL);
    co_wg_wait(&tm_wg);
    ck_assert_int_eq(atomic_load(&timer_bad), 0);
}
START_TEST(t_stress_timers) { RT_RUN(timer_stress_fn); }
END_TEST

/* ---- Cancellation trees -------------------------------------------- *
 * A tree of contexts (fanout 4, depth 4), a goroutine waiting on every
 * node's done channel, and several goroutines cancelling different nodes
 * (the root among them) at the same moment. Every waiter must wake with an
 * error set and every descendant of a cancelled node must be cancelled. */
enum { FAN = 4, DEPTH = 4, NODES = 1 + 4 + 16 + 64 + 256 };
typedef struct {
    co_ctx *ctx[NODES];
    co_cancel_fn cancel[NODES];
    int parent[NODES];
    co_chan *start;
    co_waitgroup waiters, cancellers;
    atomic_long bad;
} ctree_t;

static void ctree_waiter(void *arg) {
    void **a = arg;
    ctree_t *t = a[0];
    co_ctx *ctx = a[1];
    free(a);
    CO_DEFER_DONE(&t->waiters);
    co_chan_recv(co_ctx_done(ctx), NULL);
    if (co_ctx_err(ctx) == 0) atomic_fetch_add(&t->bad, 1);
    co_ctx_release(ctx);
}
typedef struct { ctree_t *t; int node; } canceller_arg;
static void ctree_canceller(void *arg) {
    canceller_arg *c = arg;
    CO_DEFER_DONE(&c->t->cancellers);
    co_chan_recv(c->t->start, NULL); /* all start together */
    co_cancel(&c->t->cancel[c->node]);
}
static void ctree_round(uint32_t seed) {
    ctree_t *t = calloc(1, sizeof *t);
    int n = 0;
    t->ctx[n] = co_with_cancel(co_background(), &t->cancel[n]);
    t->parent[n++] = -1;
    for (int i = 0; n < NODES; i++)
        for (int f = 0; f < FAN && n < NODES; f++, n++) {
            uint32_t r = rnd(&seed);
            t->parent[n] = i;
            if (r % 5 == 0)
                t->ctx[n] = co_with_timeout(t->ctx[i], (co_duration)(r % 3000) * CO_MICROSECOND, &t->cancel[n]);
            else
                t->ctx[n] = co_with_cancel(t->ctx[i], &t->cancel[n]);
        }
    for (int i = 0; i < NODES; i++) co_ctx_retain(t->ctx[i]);
    co_wg_add(&t->waiters, NODES);
    for (int i = 0; i < NODES; i++) {
        void **a = malloc(2 * sizeof *a);
        a[0] = t;
        a[1] = co_ctx_retain(t->ctx[i]);
        co_go(ctree_waiter, a);
    }
    /* Cancellers: the root, and a random distinct set of inner nodes. */
    t->start = co_chan_make(1, 0);
    enum { NC = 8 };
    canceller_arg ca[NC];
    bool picked[NODES] = {false};
    int nc = 0;
    ca[nc++] = (canceller_arg){t, 0};
    picked[0] = true;
    while (nc < NC) {
        int k = 1 + (int)(rnd(&seed) % (NODES - 1));
        if (picked[k]) continue;
        picked[k] = true;
        ca[nc++] = (canceller_arg){t, k};
    }
    co_wg_add(&t->cancellers, NC);
    for (int i = 0; i < NC; i++) co_go(ctree_canceller, &ca[i]);
    co_sleep(200 * CO_MICROSECOND);
    co_chan_close(t->start);
    co_wg_wait(&t->cancellers);
    co_wg_wait(&t->waiters);
    for (int i = 0; i < NODES; i++) {
        int err = co_ctx_err(t->ctx[i]);
        if (err != CO_CANCELED && err != CO_DEADLINE_EXCEEDED) atomic_fetch_add(&t->bad, 1);
    }
    /* The creator cancels whatever nobody cancelled (each exactly once). */
    for (int i = 0; i < NODES; i++) {
        if (!picked[i]) co_cancel(&t->cancel[i]);
        if (t->cancel[i].ctx != NULL) atomic_fetch_add(&t->bad, 1);
        co_ctx_release(t->ctx[i]);
    }
    ck_assert_int_eq(atomic_load(&t->bad), 0);
    co_chan_free(t->start);
    free(t);
}
static void ctree_fn(void *arg) {
    (void)arg;
    long rounds = rt_scaled(40);
    for (long r = 0; r < rounds; r++) ctree_round((uint32_t)(r * 7919 + 13));
}
START_TEST(t_stress_cancel_trees) { RT_RUN(ctree_fn); }
END_TEST

/* ---- Spawn storms with ping-pong pairs ----------------------------- */
static co_waitgroup pp_wg;
typedef struct { co_chan *ch[2]; co_waitgroup pong_done; } pp_t;
static void pp_pong(void *arg) {
    pp_t *p = arg;
    CO_DEFER_DONE(&p->pong_done);
    int v;
    while (co_chan_recv(p->ch[0], &v)) co_chan_send(p->ch[1], &v);
    co_chan_close(p->ch[1]);
}
static atomic_long pp_bad;
static void pp_pair(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&pp_wg);
    pp_t p = {{co_chan_make(sizeof(int), 0), co_chan_make(sizeof(int), 0)}, CO_WAITGROUP_INIT};
    co_chan **ch = p.ch;
    co_wg_add(&p.pong_done, 1);
    co_go(pp_pong, &p);
    long n = rt_scaled(8000);
    for (int i = 0; i < n; i++) {
        int v = i;
        co_chan_send(ch[0], &v);
        if (!co_chan_recv(ch[1], &v) || v != i) atomic_fetch_add(&pp_bad, 1);
    }
    co_chan_close(ch[0]);
    if (co_chan_recv(ch[1], NULL)) atomic_fetch_add(&pp_bad, 1); /* pong closed it */
    co_wg_wait(&p.pong_done); /* a waitgroup in a stack frame, as the API allows */
    co_chan_free(ch[0]);
    co_chan_free(ch[1]);
}
static void pingpong_stress_fn(void *arg) {
    (void)arg;
    co_wg_add(&pp_wg, 64);
    for (int i = 0; i < 64; i++) co_go(pp_pair, NULL);
    co_wg_wait(&pp_wg);
    ck_assert_int_eq(atomic_load(&pp_bad), 0);
}
START_TEST(t_stress_pingpong_pairs) { RT_RUN(pingpong_stress_fn); }
END_TEST

/* One TCase per test, so CK_RUN_CASE=NAME runs a single one. */
static void add(Suite *s, const char *name, const TTest *t) {
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, t);
    suite_add_tcase(s, tc);
}

int main(void) {
    Suite *s = suite_create("libcort-stress");
    add(s, "chan_unbuffered", t_stress_chan_unbuffered);
    add(s, "chan_buffered", t_stress_chan_buffered);
    add(s, "chan_mixed", t_stress_chan_mixed);
    add(s, "mutex_counter", t_stress_mutex_counter);
    add(s, "rwmutex", t_stress_rwmutex);
    add(s, "cond_queue", t_stress_cond_queue);
    add(s, "waitgroup", t_stress_waitgroup);
    add(s, "timers", t_stress_timers);
    add(s, "cancel_trees", t_stress_cancel_trees);
    add(s, "pingpong_pairs", t_stress_pingpong_pairs);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
