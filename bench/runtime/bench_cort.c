/* bench_cort.c: libcort side of the runtime benchmarks (run.sh runs it next
 * to go/bench.go, which has the same workloads). Usage:
 *   bench_cort WORKLOAD     prints "WORKLOAD NS_PER_OP [RSS_KIB]"
 * Each workload calibrates its iteration count to run ~200 ms and reports
 * the best of 3 runs (live100k: one run of exactly 100,000). Workloads: spawn pingpong buffered select_default
 * mutex mutex8 live100k switch. */
#include <co.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*workload_fn)(long n);

/* ---- workloads (each does n operations) ---------------------------- */
static co_waitgroup spawn_wg;
static void spawn_child(void *arg) { (void)arg; co_wg_done(&spawn_wg); }
static void w_spawn(long n) { /* spawn+run+exit, in batches of 64 */
    for (long i = 0; i < n; i += 64) {
        co_wg_add(&spawn_wg, 64);
        for (int k = 0; k < 64; k++) co_go(spawn_child, NULL);
        co_wg_wait(&spawn_wg);
    }
}

static co_chan *ping, *pong;
static co_waitgroup pong_wg;
static void ponger(void *arg) {
    (void)arg;
    int v;
    while (co_chan_recv(ping, &v)) co_chan_send(pong, &v);
    co_wg_done(&pong_wg);
}
static void w_pingpong(long n) { /* unbuffered round trip */
    ping = co_chan_make(sizeof(int), 0);
    pong = co_chan_make(sizeof(int), 0);
    co_wg_add(&pong_wg, 1);
    co_go(ponger, NULL);
    for (long i = 0; i < n; i++) {
        int v = (int)i;
        co_chan_send(ping, &v);
        co_chan_recv(pong, &v);
    }
    co_chan_close(ping);
    co_wg_wait(&pong_wg);
    co_chan_free(ping);
    co_chan_free(pong);
}

static void w_buffered(long n) { /* send + recv on a buffered channel */
    co_chan *ch = co_chan_make(sizeof(int), 128);
    for (long i = 0; i < n; i++) {
        int v = (int)i;
        co_chan_send(ch, &v);
        co_chan_recv(ch, &v);
    }
    co_chan_free(ch);
}

static volatile int sink;
static void w_select_default(long n) { /* select { case <-ch: default: } */
    co_chan *ch = co_chan_make(sizeof(int), 0);
    int v, hits = 0;
    for (long i = 0; i < n; i++) {
        co_case c = CO_RECV(ch, &v);
        hits += co_select_try(&c, 1) >= 0;
    }
    sink = hits;
    co_chan_free(ch);
}

static co_mutex mu = CO_MUTEX_INIT;
static long mu_count;
static void w_mutex(long n) { /* uncontended lock + unlock */
    for (long i = 0; i < n; i++) {
        co_mutex_lock(&mu);
        mu_count++;
        co_mutex_unlock(&mu);
    }
}

static co_waitgroup m8_wg;
static void m8_worker(void *arg) {
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        co_mutex_lock(&mu);
        mu_count++;
        co_mutex_unlock(&mu);
    }
    co_wg_done(&m8_wg);
}
static void w_mutex8(long n) { /* 8 goroutines contend one mutex; n ops in total */
    co_wg_add(&m8_wg, 8);
    for (int k = 0; k < 8; k++) co_go(m8_worker, (void *)(intptr_t)(n / 8));
    co_wg_wait(&m8_wg);
}

static co_chan *gate;
static co_waitgroup live_wg, parked_wg;
static void live_child(void *arg) {
    (void)arg;
    co_wg_done(&parked_wg);
    co_chan_recv(gate, NULL); /* alive and parked until the gate closes */
    co_wg_done(&live_wg);
}
static void w_live(long n) { /* n goroutines alive at once */
    gate = co_chan_make(1, 0);
    co_wg_add(&live_wg, (int)n);
    co_wg_add(&parked_wg, (int)n);
    for (long i = 0; i < n; i++) co_go(live_child, NULL);
    co_wg_wait(&parked_wg);
    co_chan_close(gate);
    co_wg_wait(&live_wg);
    co_chan_free(gate);
}

static co_waitgroup sw_wg;
static void switcher(void *arg) {
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) co_yield();
    co_wg_done(&sw_wg);
}
static void w_switch(long n) { /* two goroutines yielding: n switches */
    co_wg_add(&sw_wg, 2);
    co_go(switcher, (void *)(intptr_t)(n / 2));
    co_go(switcher, (void *)(intptr_t)(n / 2));
    co_wg_wait(&sw_wg);
}

/* ---- driver ---------------------------------------------------------- */
static const struct { const char *name; workload_fn fn; long fixed_n; } workloads[] = {
    {"spawn", w_spawn, 0},          {"pingpong", w_pingpong, 0},
    {"buffered", w_buffered, 0},    {"select_default", w_select_default, 0},
    {"mutex", w_mutex, 0},          {"mutex8", w_mutex8, 0},
    {"live100k", w_live, 100000},   {"switch", w_switch, 0},
};

static long vm_hwm_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kib = atol(line + 6);
    if (f) fclose(f);
    return kib;
}

static int chosen = -1;
static void bench_main(void *arg) {
    (void)arg;
    workload_fn fn = workloads[chosen].fn;
    long n = workloads[chosen].fixed_n;
    if (n == 0) { /* calibrate to ~200 ms */
        n = 1024;
        for (;;) {
            int64_t t0 = co_now();
            fn(n);
            int64_t dt = co_now() - t0;
            if (dt > 50 * CO_MILLISECOND || n > (1L << 34)) {
                n = (long)((double)n * (200.0 * CO_MILLISECOND) / (double)(dt > 0 ? dt : 1));
                break;
            }
            n *= 4;
        }
        n = (n + 63) / 64 * 64;
    }
    double best = 1e300;
    int reps = workloads[chosen].fixed_n ? 1 : 3; /* live100k: one (slow) run */
    for (int rep = 0; rep < reps; rep++) {
        int64_t t0 = co_now();
        fn(n);
        double ns = (double)(co_now() - t0) / (double)n;
        if (ns < best) best = ns;
    }
    if (workloads[chosen].fixed_n)
        printf("%s %.2f %ld\n", workloads[chosen].name, best, vm_hwm_kib());
    else
        printf("%s %.2f\n", workloads[chosen].name, best);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s WORKLOAD\n", argv[0]);
        return 2;
    }
    for (size_t i = 0; i < sizeof workloads / sizeof *workloads; i++)
        if (strcmp(argv[1], workloads[i].name) == 0) chosen = (int)i;
    if (chosen < 0) {
        fprintf(stderr, "unknown workload %s\n", argv[1]);
        return 2;
    }
    return co_main(bench_main, NULL);
}
