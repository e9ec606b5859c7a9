/* co_tick in the main goroutine: the ticker is meant to live as long as
 * the program, which ends when this function returns. */
#include <co.h>

static void main_fn(void *arg) {
    (void)arg;
    co_chan *tick = co_tick(CO_MILLISECOND);
    for (int i = 0; i < 3; i++)
        co_chan_recv(tick, NULL);
}

int main(void) { return co_main(main_fn, NULL); }
