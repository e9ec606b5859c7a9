// run: deadlock
/* The classic: a lazy getter used inside its own initialiser. */
#include <co.h>

static co_once cfg_once;
static int cfg_value;

static void load(void *arg);

static int get_config(void) {
    co_once_do(&cfg_once, load, NULL); // want "load, run by co_once_do on cfg_once, calls co_once_do on cfg_once again"
    return cfg_value;
}

static void load(void *arg) {
    (void)arg;
    cfg_value = 1 + get_config();
}

static void run(void *arg) {
    (void)arg;
    (void)get_config();
}

int main(void) { return co_main(run, NULL); }
