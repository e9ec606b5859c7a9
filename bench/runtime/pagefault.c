/* pagefault.c: what a page costs on this machine, the context for the
 * "100,000 live goroutines" row of run.sh (a workload bound by first
 * touches of fresh pages in both runtimes). Prints ns per page for:
 * a first-touch fault; the first touch of a page committed beforehand with
 * MADV_POPULATE_WRITE (what libcort does for each new stack's top page);
 * a first-touch fault while another thread spins on another CPU; and two
 * threads faulting at once (ns per fault, wall time / faults). Pages are
 * 260 KiB apart, as libcort's stacks. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

enum { NPAGES = 20000 };
static const size_t stride = 65 * 4096;

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static char *map_pages(void) {
    char *p = mmap(NULL, NPAGES * stride, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static double touch(char *p, size_t n) {
    double t = now_ns();
    for (size_t i = 0; i < n; i++) p[i * stride] = 1;
    return (now_ns() - t) / (double)n;
}
static double touch_all(char *p) { return touch(p, NPAGES); }

static atomic_bool stop;
static void *spinner(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
#if defined(__x86_64__)
        __builtin_ia32_pause();
#endif
    }
    return NULL;
}
static void *toucher(void *arg) { /* half of the pages each */
    touch(arg, NPAGES / 2);
    return NULL;
}

int main(void) {
    char *a = map_pages(), *b = map_pages(), *c = map_pages(), *d = map_pages();
    if (!a || !b || !c || !d) {
        perror("mmap");
        return 1;
    }
    printf("%-44s %8.0f ns\n", "first-touch fault", touch_all(a));

    for (size_t i = 0; i < NPAGES; i++)
        if (madvise(b + i * stride, 4096, MADV_POPULATE_WRITE) != 0) {
            perror("madvise(MADV_POPULATE_WRITE)");
            return 1;
        }
    printf("%-44s %8.0f ns\n", "first touch after MADV_POPULATE_WRITE", touch_all(b));

    pthread_t t1, t2;
    pthread_create(&t1, NULL, spinner, NULL);
    printf("%-44s %8.0f ns\n", "first-touch fault, another thread spinning", touch_all(c));
    atomic_store(&stop, true);
    pthread_join(t1, NULL);

    double t = now_ns();
    pthread_create(&t1, NULL, toucher, d);
    pthread_create(&t2, NULL, toucher, d + NPAGES / 2 * stride);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%-44s %8.0f ns\n", "two threads faulting at once (per fault)", (now_ns() - t) / NPAGES);
    return 0;
}
