// run: leak
/* The seed's "goroutine started in init() before the channel exists": the
 * logger starts while log_chan is still NULL; if it runs before the main
 * goroutine makes the channel (here it does: main sleeps first), its
 * receive is on NULL and never returns. */
#include <co.h>
#include <stdio.h>

static co_chan *log_chan;

static void logger(void *arg) {
    (void)arg;
    char msg[16];
    while (co_chan_recv(log_chan, msg))
        puts(msg);
}

static void app(void *arg) {
    (void)arg;
    co_go(logger, NULL); // want "goroutine logger may receive from log_chan before it is made"
    co_sleep(10 * CO_MILLISECOND);
    log_chan = co_chan_make(16, 4);
    char line[16] = "started";
    co_chan_send(log_chan, line);
    co_chan_close(log_chan);
}

int main(void) { return co_main(app, NULL); }
