/* The Once is given by the caller. */
#include <co.h>

static void setup(void *arg) { (void)arg; }

void ensure_setup(co_once *o) { co_once_do(o, setup, NULL); }
