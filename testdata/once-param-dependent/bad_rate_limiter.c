/* The seed's rate limiter (chapter 3.3): the Once initialises a limiter
 * from the caller's name, so every later name gets the first one's limiter. */
#include <co.h>
#include <stdlib.h>
#include <string.h>

struct limiter { char name[32]; int rate; };

static co_once once;
static struct limiter *limiter;

static void new_limiter(void *arg) {
    const char *name = arg;
    limiter = calloc(1, sizeof *limiter);
    strncpy(limiter->name, name, sizeof limiter->name - 1);
    limiter->rate = 100;
}

struct limiter *get_limiter(const char *name) {
    co_once_do(&once, new_limiter, (void *)name); // want "new_limiter, run once by co_once_do on once, initialises from name, a parameter of get_limiter"
    return limiter;
}
