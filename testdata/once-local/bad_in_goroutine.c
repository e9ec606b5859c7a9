/* Each goroutine has its own Once: the setup runs once per goroutine. */
#include <co.h>

static int opened;

static void open_db(void *arg) { (void)arg; opened++; }

static void worker(void *arg) {
    (void)arg;
    co_once db_once = CO_ONCE_INIT; // want "co_once db_once has automatic storage"
    co_once_do(&db_once, open_db, NULL);
}

void start(void) {
    for (int i = 0; i < 4; i++) co_go(worker, NULL);
}
