/* Go's classic: the WaitGroup is copied into the goroutine's helper, so
 * Done decrements the copy and Wait never returns. */
#include <co.h>

struct task {
    co_waitgroup wg;
    int id;
};

static void finish(co_waitgroup wg) { // want "co_waitgroup wg is passed by value"
    co_wg_done(&wg);
}

static void worker(void *arg) {
    struct task *t = arg;
    finish(t->wg); // want "t->wg is copied: passed by value to finish\(\)"
}

void start(struct task *t) {
    co_wg_add(&t->wg, 1);
    co_go(worker, t);
}
