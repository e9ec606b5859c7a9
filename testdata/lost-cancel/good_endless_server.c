/* The server's root context lives until the process ends: the function
 * never returns. */
#include <co.h>

void handle_conn(co_ctx *ctx, int conn);

void serve(co_chan *conns) {
    co_cancel_fn stop;
    co_ctx *root = co_with_cancel(co_background(), &stop);
    int c;
    for (;;) {
        if (co_chan_recv(conns, &c))
            handle_conn(root, c);
    }
}
