/* An array of Once objects on the stack. */
#include <co.h>

static void init_slot(void *arg) { (void)arg; }

void init_slots(void) {
    co_once slots[4] = { CO_ONCE_INIT, CO_ONCE_INIT, CO_ONCE_INIT, CO_ONCE_INIT }; // want "co_once slots has automatic storage"
    for (int i = 0; i < 4; i++) co_once_do(&slots[i], init_slot, NULL);
}
