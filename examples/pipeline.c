/* pipeline.c: a three-stage pipeline (generate -> square -> keep odd) that
 * the consumer stops early by cancelling a context.
 *
 * Every stage selects on ctx's done channel around each send, so after the
 * cancel no stage stays blocked on a channel nobody reads: they all return
 * and close their output (CO_DEFER_CLOSE). A WaitGroup joins them before the
 * channels are freed, and CO_LEAKCHECK=1 reports nothing. */
#include <co.h>
#include <stdio.h>

typedef struct stage {
    void (*body)(struct stage *s);
    co_ctx *ctx;         /* the stage's own reference (retained) */
    co_chan *in, *out;   /* long */
    co_waitgroup *wg;
} stage;

/* Sends v on out unless ctx is cancelled first; false when cancelled. */
static bool send_or_done(co_ctx *ctx, co_chan *out, long v) {
    co_case cs[2] = {CO_SEND(out, &v), CO_RECV(co_ctx_done(ctx), NULL)};
    return co_select(cs, 2) == 0;
}

static void generate(stage *s) {
    CO_DEFER_CLOSE(s->out);
    for (long i = 1;; i++)
        if (!send_or_done(s->ctx, s->out, i)) return;
}

static void square(stage *s) {
    CO_DEFER_CLOSE(s->out);
    long v;
    while (co_chan_recv(s->in, &v))
        if (!send_or_done(s->ctx, s->out, v * v)) return;
}

static void keep_odd(stage *s) {
    CO_DEFER_CLOSE(s->out);
    long v;
    while (co_chan_recv(s->in, &v))
        if (v % 2 && !send_or_done(s->ctx, s->out, v)) return;
}

/* A stage goroutine: its body, then drop its context reference (the
 * creator's cancel may already have dropped the creator's), then Done. */
static void run_stage(void *arg) {
    stage *s = arg;
    CO_DEFER_DONE(s->wg);
    s->body(s);
    co_ctx_release(s->ctx);
}

static void run(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_chan *nums = co_chan_make(sizeof(long), 0);
    co_chan *squares = co_chan_make(sizeof(long), 4);
    co_chan *odd = co_chan_make(sizeof(long), 0);
    {
        co_cancel_fn cancel;
        co_ctx *ctx = co_with_cancel(co_background(), &cancel);
        CO_DEFER_CANCEL(&cancel); /* also on every early return below */

        stage stages[3] = {
            {generate, co_ctx_retain(ctx), NULL, nums, &wg},
            {square, co_ctx_retain(ctx), nums, squares, &wg},
            {keep_odd, co_ctx_retain(ctx), squares, odd, &wg},
        };
        co_wg_add(&wg, 3);
        for (int i = 0; i < 3; i++) co_go(run_stage, &stages[i]);

        long v;
        for (int i = 0; i < 10 && co_chan_recv(odd, &v); i++) printf("%ld ", v);
        printf("\n");
        co_cancel(&cancel); /* stop the stages: we have what we need */
        co_wg_wait(&wg);    /* the stages must not outlive the channels */
    }
    co_chan_free(nums);
    co_chan_free(squares);
    co_chan_free(odd);
}

int main(void) { return co_main(run, NULL); }
