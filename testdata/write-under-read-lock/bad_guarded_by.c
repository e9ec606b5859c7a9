#include <co.h>

static co_rwmutex cfg_rw = CO_RWMUTEX_INIT;
static int cfg_version CO_GUARDED_BY(cfg_rw);

void cfg_touch(void) {
    co_rwmutex_rlock(&cfg_rw);
    cfg_version = 2; // want "cfg_version is written while holding only the read lock of cfg_rw"
    co_rwmutex_runlock(&cfg_rw);
}
