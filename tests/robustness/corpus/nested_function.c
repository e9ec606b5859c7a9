#include <co.h>
/* GCC nested functions: clang rejects them; cvet must report, not crash. */
static co_mutex mu;
void outer(void) {
    void inner(void) { co_mutex_lock(&mu); }
    inner();
    co_mutex_unlock(&mu);
}
