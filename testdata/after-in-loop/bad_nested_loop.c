/* The co_after sits in an inner loop; the outer loop goes round too. */
#include <co.h>

void batches(co_chan *in, int nbatches, int size) {
    int v;
    for (int b = 0; b < nbatches; b++) {
        for (int i = 0; i < size; i++) {
            co_case cases[] = { CO_RECV(in, &v), CO_RECV(co_after(100 * CO_MILLISECOND), NULL) }; // want "co_after in a loop"
            if (co_select(cases, 2) == 1)
                break;
        }
    }
}
