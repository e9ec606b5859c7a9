/* test_sync.c: WaitGroup, Mutex (mutual exclusion, hand-off to a waiter),
 * RWMutex (shared readers, exclusive writer, writer preference), Cond
 * (signal wakes one, broadcast all) and Once (runs once, callers wait). */
#include "rt_test.h"

#include <stdlib.h>

/* ---- WaitGroup ------------------------------------------------------ */
static co_waitgroup wg1 = CO_WAITGROUP_INIT;
static atomic_int wg_finished;
static void wg_worker(void *arg) {
    co_sleep((co_duration)(intptr_t)arg * 100 * CO_MICROSECOND);
    atomic_fetch_add(&wg_finished, 1);
    co_wg_done(&wg1);
}
static void wg_fn(void *arg) {
    (void)arg;
    co_wg_wait(&wg1); /* zero counter: returns at once */
    for (int round = 0; round < 3; round++) { /* reusable after Wait returns */
        atomic_store(&wg_finished, 0);
        co_wg_add(&wg1, 50);
        for (int i = 0; i < 50; i++) co_go(wg_worker, (void *)(intptr_t)(i % 7));
        co_wg_wait(&wg1);
        ck_assert_int_eq(atomic_load(&wg_finished), 50);
    }
}
START_TEST(t_wg_waits_for_all) { RT_RUN(wg_fn); }
END_TEST

/* Several waiters are all released; add with a larger delta and negative
 * deltas that stay >= 0 work. */
static co_waitgroup wg2;
static atomic_int waiters_released;
static void wg_waiter(void *arg) {
    (void)arg;
    co_wg_wait(&wg2);
    atomic_fetch_add(&waiters_released, 1);
}
static void wg_multi_fn(void *arg) {
    (void)arg;
    co_wg_add(&wg2, 3);
    co_wg_add(&wg2, -1);
    for (int i = 0; i < 10; i++) co_go(wg_waiter, NULL);
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&waiters_released), 0);
    co_wg_done(&wg2);
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&waiters_released), 0);
    co_wg_done(&wg2);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&waiters_released) == 10, 2000));
}
START_TEST(t_wg_many_waiters) { RT_RUN(wg_multi_fn); }
END_TEST

/* ---- Mutex ---------------------------------------------------------- */
static co_mutex mu = CO_MUTEX_INIT;
static long counter; /* plain: protected by mu */
static co_waitgroup mu_wg;
static void mu_worker(void *arg) {
    CO_DEFER_DONE(&mu_wg);
    for (int i = 0; i < 500; i++) {
        co_mutex_lock(&mu);
        long c = counter;
        if (i % 16 == 0) co_yield(); /* hold it across a switch */
        counter = c + 1;
        co_mutex_unlock(&mu);
    }
    (void)arg;
}
static void mutex_fn(void *arg) {
    (void)arg;
    co_wg_add(&mu_wg, 8);
    for (int i = 0; i < 8; i++) co_go(mu_worker, NULL);
    co_wg_wait(&mu_wg);
    ck_assert_int_eq(counter, 8 * 500);
}
START_TEST(t_mutex_excludes) { RT_RUN(mutex_fn); }
END_TEST

static atomic_int mu2_got;
static void mu_blocker(void *arg) {
    co_mutex *m = arg;
    co_mutex_lock(m);
    atomic_store(&mu2_got, 1);
    co_mutex_unlock(m);
}
static void mutex_trylock_fn(void *arg) {
    (void)arg;
    co_mutex *m = calloc(1, sizeof *m); /* zero memory is an unlocked mutex */
    ck_assert(co_mutex_trylock(m));
    ck_assert(!co_mutex_trylock(m));
    co_go(mu_blocker, m);
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&mu2_got), 0);
    co_mutex_unlock(m);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&mu2_got) == 1, 2000));
    co_mutex_lock(m);
    co_mutex_unlock(m);
    {
        co_mutex_lock(m);
        CO_DEFER_UNLOCK(m);
        ck_assert(!co_mutex_trylock(m));
    }
    ck_assert(co_mutex_trylock(m));
    co_mutex_unlock(m);
    free(m);
}
START_TEST(t_mutex_trylock_and_block) { RT_RUN(mutex_trylock_fn); }
END_TEST

/* No starvation (Go's rule: a waiter kept waiting > 1 ms gets the lock
 * handed off). The holder re-locks at once after every unlock and yields
 * only while holding the lock, so a waiter that runs always finds it
 * locked: without hand-off it would wait until the holder stops. */
static co_mutex ho = CO_MUTEX_INIT;
static atomic_int ho_got, ho_waiting;
static void ho_waiter(void *arg) {
    (void)arg;
    atomic_store(&ho_waiting, 1);
    co_mutex_lock(&ho);
    atomic_store(&ho_got, 1);
    co_mutex_unlock(&ho);
}
static void handoff_fn(void *arg) {
    (void)arg;
    co_mutex_lock(&ho);
    co_go(ho_waiter, NULL);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&ho_waiting), 2000));
    co_sleep(5 * CO_MILLISECOND); /* the waiter is parked in lock */
    int64_t t0 = co_now(), waited = -1;
    while (co_now() - t0 < 2 * CO_SECOND) {
        co_mutex_unlock(&ho);
        co_mutex_lock(&ho);
        if (atomic_load(&ho_got)) {
            waited = co_now() - t0;
            break;
        }
        co_yield();
    }
    co_mutex_unlock(&ho);
    ck_assert_msg(waited >= 0, "waiter starved for 2 s");
    ck_assert_msg(waited < 200 * CO_MILLISECOND, "waiter starved for %lld ms", (long long)(waited / CO_MILLISECOND));
}
START_TEST(t_mutex_handoff) { RT_RUN(handoff_fn); }
END_TEST

/* ---- RWMutex -------------------------------------------------------- */
static co_rwmutex rw = CO_RWMUTEX_INIT;
static void rw_basic_fn(void *arg) {
    (void)arg;
    co_rwmutex_rlock(&rw);
    ck_assert(co_rwmutex_tryrlock(&rw)); /* readers share */
    ck_assert(!co_rwmutex_trylock(&rw)); /* writer excluded */
    co_rwmutex_runlock(&rw);
    co_rwmutex_runlock(&rw);
    ck_assert(co_rwmutex_trylock(&rw));
    ck_assert(!co_rwmutex_tryrlock(&rw)); /* readers excluded by a writer */
    ck_assert(!co_rwmutex_trylock(&rw));
    co_rwmutex_unlock(&rw);
    {
        co_rwmutex_rlock(&rw);
        CO_DEFER_RUNLOCK(&rw);
    }
    {
        co_rwmutex_lock(&rw);
        CO_DEFER_WUNLOCK(&rw);
    }
    ck_assert(co_rwmutex_trylock(&rw));
    co_rwmutex_unlock(&rw);
}
START_TEST(t_rwmutex_basic) { RT_RUN(rw_basic_fn); }
END_TEST

/* Order log of who got in. */
static atomic_int order_len;
static atomic_char order[8];
static void log_event(char c) { atomic_store(&order[atomic_fetch_add(&order_len, 1)], c); }

static co_rwmutex pref = CO_RWMUTEX_INIT;
static atomic_int writer_in, reader2_in;
static void pref_writer(void *arg) {
    (void)arg;
    co_rwmutex_lock(&pref);
    atomic_store(&writer_in, 1);
    log_event('W');
    co_sleep(5 * CO_MILLISECOND);
    co_rwmutex_unlock(&pref);
}
static void pref_reader2(void *arg) {
    (void)arg;
    co_rwmutex_rlock(&pref);
    atomic_store(&reader2_in, 1);
    log_event('R');
    co_rwmutex_runlock(&pref);
}
static void rw_writer_pref_fn(void *arg) {
    (void)arg;
    co_rwmutex_rlock(&pref);      /* reader 1 holds */
    co_go(pref_writer, NULL);     /* writer waits for reader 1 */
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&writer_in), 0);
    ck_assert(!co_rwmutex_tryrlock(&pref)); /* a waiting writer blocks new readers */
    co_go(pref_reader2, NULL);
    co_sleep(20 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&reader2_in), 0);
    co_rwmutex_runlock(&pref);    /* writer goes first, then reader 2 */
    ck_assert(RT_WAIT_UNTIL(atomic_load(&reader2_in) == 1, 2000));
    ck_assert_int_eq(atomic_load(&writer_in), 1);
    ck_assert_int_eq(atomic_load(&order[0]), 'W');
    ck_assert_int_eq(atomic_load(&order[1]), 'R');
}
START_TEST(t_rwmutex_writer_preference) { RT_RUN(rw_writer_pref_fn); }
END_TEST

/* A writer never sees a reader inside (that readers share the lock is
 * checked by t_rwmutex_basic; here writer preference may serialise them). */
static co_rwmutex rwc = CO_RWMUTEX_INIT;
static atomic_int readers_inside, max_readers, writer_violations;
static co_waitgroup rwc_wg;
static void rwc_reader(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&rwc_wg);
    for (int i = 0; i < 100; i++) {
        co_rwmutex_rlock(&rwc);
        int n = atomic_fetch_add(&readers_inside, 1) + 1;
        int m = atomic_load(&max_readers);
        while (n > m && !atomic_compare_exchange_weak(&max_readers, &m, n)) {}
        co_sleep(50 * CO_MICROSECOND);
        atomic_fetch_sub(&readers_inside, 1);
        co_rwmutex_runlock(&rwc);
    }
}
static void rwc_writer(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&rwc_wg);
    for (int i = 0; i < 50; i++) {
        co_rwmutex_lock(&rwc);
        if (atomic_load(&readers_inside) != 0) atomic_fetch_add(&writer_violations, 1);
        co_yield();
        if (atomic_load(&readers_inside) != 0) atomic_fetch_add(&writer_violations, 1);
        co_rwmutex_unlock(&rwc);
        co_yield();
    }
}
static void rw_concurrent_fn(void *arg) {
    (void)arg;
    co_wg_add(&rwc_wg, 6);
    for (int i = 0; i < 4; i++) co_go(rwc_reader, NULL);
    for (int i = 0; i < 2; i++) co_go(rwc_writer, NULL);
    co_wg_wait(&rwc_wg);
    ck_assert_int_eq(atomic_load(&writer_violations), 0);
    ck_assert_int_ge(atomic_load(&max_readers), 1);
}
START_TEST(t_rwmutex_shared_and_exclusive) { RT_RUN(rw_concurrent_fn); }
END_TEST

/* ---- Cond ----------------------------------------------------------- */
static co_mutex cmu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int tokens;          /* guarded by cmu */
static atomic_int consumed;
static void cond_waiter(void *arg) {
    (void)arg;
    co_mutex_lock(&cmu);
    while (tokens == 0) co_cond_wait(&cv, &cmu); /* may wake spuriously */
    tokens--;
    co_mutex_unlock(&cmu);
    atomic_fetch_add(&consumed, 1);
}
static void cond_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < 5; i++) co_go(cond_waiter, NULL);
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&consumed), 0);
    co_mutex_lock(&cmu);
    tokens = 1;
    co_cond_signal(&cv);
    co_mutex_unlock(&cmu);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&consumed) == 1, 2000));
    co_sleep(10 * CO_MILLISECOND);
    ck_assert_int_eq(atomic_load(&consumed), 1);
    co_mutex_lock(&cmu);
    tokens = 4;
    co_cond_broadcast(&cv);
    co_mutex_unlock(&cmu);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&consumed) == 5, 2000));
    co_cond_signal(&cv);    /* no waiters: no effect */
    co_cond_broadcast(&cv);
}
START_TEST(t_cond_signal_broadcast) { RT_RUN(cond_fn); }
END_TEST

/* Broadcast wakes every waiter even with no predicate change pending. */
static co_cond cv2;
static co_mutex cmu2;
static atomic_int cv2_woken;
static void cond2_waiter(void *arg) {
    (void)arg;
    co_mutex_lock(&cmu2);
    co_cond_wait(&cv2, &cmu2);
    ck_assert(!co_mutex_trylock(&cmu2)); /* returns holding the mutex */
    co_mutex_unlock(&cmu2);
    atomic_fetch_add(&cv2_woken, 1);
}
static void cond_broadcast_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) co_go(cond2_waiter, NULL);
    co_sleep(20 * CO_MILLISECOND);
    co_mutex_lock(&cmu2);
    co_cond_broadcast(&cv2);
    co_mutex_unlock(&cmu2);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&cv2_woken) == 20, 2000));
}
START_TEST(t_cond_broadcast_all) { RT_RUN(cond_broadcast_fn); }
END_TEST

/* ---- Once ----------------------------------------------------------- */
static co_once once = CO_ONCE_INIT;
static atomic_int once_runs, once_finished, callers_ok;
static void once_body(void *arg) {
    ck_assert_int_eq(*(int *)arg, 11);
    atomic_fetch_add(&once_runs, 1);
    co_sleep(10 * CO_MILLISECOND); /* other callers must wait for this */
    atomic_store(&once_finished, 1);
}
static void once_caller(void *arg) {
    (void)arg;
    static int eleven = 11;
    co_once_do(&once, once_body, &eleven);
    if (atomic_load(&once_finished)) atomic_fetch_add(&callers_ok, 1);
}
static void once_fn(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) co_go(once_caller, NULL);
    ck_assert(RT_WAIT_UNTIL(atomic_load(&callers_ok) == 20, 2000));
    ck_assert_int_eq(atomic_load(&once_runs), 1);
    once_caller(NULL);
    ck_assert_int_eq(atomic_load(&once_runs), 1);
    co_once *o = calloc(1, sizeof *o); /* zero memory is an unused Once */
    static int x = 11;
    atomic_store(&once_finished, 0);
    co_once_do(o, once_body, &x);
    co_once_do(o, once_body, &x);
    ck_assert_int_eq(atomic_load(&once_runs), 2);
    free(o);
}
START_TEST(t_once_runs_once) { RT_RUN(once_fn); }
END_TEST

void add_sync_tests(Suite *s) {
    TCase *tc = tcase_create("sync");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_wg_waits_for_all);
    tcase_add_test(tc, t_wg_many_waiters);
    tcase_add_test(tc, t_mutex_excludes);
    tcase_add_test(tc, t_mutex_trylock_and_block);
    tcase_add_test(tc, t_mutex_handoff);
    tcase_add_test(tc, t_rwmutex_basic);
    tcase_add_test(tc, t_rwmutex_writer_preference);
    tcase_add_test(tc, t_rwmutex_shared_and_exclusive);
    tcase_add_test(tc, t_cond_signal_broadcast);
    tcase_add_test(tc, t_cond_broadcast_all);
    tcase_add_test(tc, t_once_runs_once);
    suite_add_tcase(s, tc);
}
