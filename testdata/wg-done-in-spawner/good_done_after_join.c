/* The spawner's Done comes after it has joined the child through a channel:
 * it accounts for the spawner's own registration. */
#include <co.h>

static co_waitgroup wg;

static void child(void *arg) {
    co_chan *done = arg;
    int one = 1;
    co_chan_send(done, &one);
}

static void member(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(sizeof(int), 1);
    co_go(child, done);
    co_chan_recv(done, NULL);
    co_chan_free(done);
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(member, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
