/* Results are gathered with a select in a loop; a timeout only extends
 * the wait, it never makes run() stop receiving. */
#include <co.h>

static void probe(void *arg) {
    co_chan *results = arg;
    int ok = 1;
    co_chan_send(results, &ok);
}

static void run(void *arg) {
    (void)arg;
    co_chan *results = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < 2; i++)
        co_go(probe, results);
    int got = 0, v;
    while (got < 2) {
        co_case cases[2] = { CO_RECV(results, &v), CO_RECV(co_after(5 * CO_MILLISECOND), NULL) };
        if (co_select(cases, 2) == 0)
            got++;
    }
}

int main(void) { return co_main(run, NULL); }
