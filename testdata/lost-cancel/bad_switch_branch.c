// run: leak
/* One case of the switch forgets the cancel. */
#include <co.h>

static int dispatch(co_ctx *parent, int op) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel); // want "cancel .*not called.*return at line 14"
    switch (op) {
    case 0:
        co_cancel(&cancel);
        return 0;
    case 1:
        (void)co_ctx_err(ctx);
        return 1;
    default:
        co_cancel(&cancel);
        return -1;
    }
}

static void main_fn(void *arg) {
    (void)arg;
    dispatch(co_background(), 1);
}

int main(void) { return co_main(main_fn, NULL); }
