/* A blocking receive from co_after waits for the timer to fire: each
 * timer is spent before the next is made (a sleep with backoff). */
#include <co.h>

static int try_connect(int attempt) { return attempt >= 2; }

static int connect_with_backoff(void) {
    co_duration backoff = CO_MILLISECOND;
    for (int attempt = 0; attempt < 5; attempt++) {
        if (try_connect(attempt))
            return attempt;
        co_chan_recv(co_after(backoff), NULL);
        backoff *= 2;
    }
    return -1;
}

static void main_fn(void *arg) {
    (void)arg;
    connect_with_backoff();
}

int main(void) { return co_main(main_fn, NULL); }
