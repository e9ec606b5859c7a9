/* ticker_service.c: a background service driven by a ticker, serving
 * requests until its context times out, then stopping cleanly.
 *
 * The service owns its ticker (CO_DEFER_TICKER_STOP) and answers requests
 * on reply channels; the client sends a few requests (each racing the
 * deadline, since a request sent after it would never be received) and then
 * waits for the service to stop. The timeout context is cancelled by its creator
 * (CO_DEFER_CANCEL), so nothing leaks: CO_LEAKCHECK=1 reports nothing. */
#include <co.h>
#include <stdio.h>

typedef struct {
    int      n;
    co_chan *reply; /* int, capacity 1: the service never blocks on it */
} request;

typedef struct {
    co_ctx  *ctx;
    co_chan *requests; /* request */
    co_waitgroup stopped; /* Done when the service has returned */
    int      ticks;       /* service-private until it has stopped */
} service;

static void serve(void *arg) {
    service *s = arg;
    CO_DEFER_DONE(&s->stopped);
    co_ticker *tk = co_ticker_new(5 * CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    for (;;) {
        request req;
        co_case cs[3] = {
            CO_RECV(co_ticker_chan(tk), NULL),
            CO_RECV(s->requests, &req),
            CO_RECV(co_ctx_done(s->ctx), NULL),
        };
        switch (co_select(cs, 3)) {
        case 0: /* periodic housekeeping */
            s->ticks++;
            break;
        case 1: {
            int answer = req.n * 10 + s->ticks % 10;
            co_chan_send(req.reply, &answer);
            break;
        }
        default: /* deadline reached (or cancelled) */
            return;
        }
    }
}

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), 60 * CO_MILLISECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);

    service s = {ctx, co_chan_make(sizeof(request), 0), CO_WAITGROUP_INIT, 0};
    co_wg_add(&s.stopped, 1);
    co_go(serve, &s);

    co_chan *reply = co_chan_make(sizeof(int), 1);
    for (int i = 1; i <= 3; i++) {
        /* The service stops at the deadline: a request sent after that would
         * block forever, so the send races the deadline in a select. */
        request req = {i, reply};
        co_case cs[2] = { CO_SEND(s.requests, &req), CO_RECV(co_ctx_done(ctx), NULL) };
        if (co_select(cs, 2) == 1) {
            printf("request %d: service already stopped\n", i);
            break;
        }
        int answer;
        co_chan_recv(reply, &answer);
        printf("request %d -> %d\n", i, answer);
        co_sleep(10 * CO_MILLISECOND);
    }
    co_wg_wait(&s.stopped); /* the service stops at the deadline */
    printf("service stopped after %d ticks (%s)\n", s.ticks,
           co_ctx_err(ctx) == CO_DEADLINE_EXCEEDED ? "deadline exceeded" : "cancelled");
    co_chan_free(reply);
    co_chan_free(s.requests);
}

int main(void) { return co_main(run, NULL); }
