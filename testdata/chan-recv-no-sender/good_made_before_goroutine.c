/* The seed's fix: make the channel, then start the goroutine that uses it. */
#include <co.h>
#include <stdio.h>

static co_chan *log_chan;
static co_waitgroup logged = CO_WAITGROUP_INIT;

static void logger(void *arg) {
    (void)arg;
    char msg[16];
    while (co_chan_recv(log_chan, msg))
        puts(msg);
    co_wg_done(&logged);
}

static void app(void *arg) {
    (void)arg;
    log_chan = co_chan_make(16, 4);
    co_wg_add(&logged, 1);
    co_go(logger, NULL);
    char line[16] = "started";
    co_chan_send(log_chan, line);
    co_chan_close(log_chan);
    co_wg_wait(&logged);
    co_chan_free(log_chan);
}

int main(void) { return co_main(app, NULL); }
