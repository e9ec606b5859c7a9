#include <co.h>

static co_mutex users_mu = CO_MUTEX_INIT;
static co_mutex groups_mu = CO_MUTEX_INIT;
static int users, groups;

static void add_user(void *arg) {
    (void)arg;
    co_mutex_lock(&users_mu);
    CO_DEFER_UNLOCK(&users_mu);
    co_mutex_lock(&groups_mu); // want "groups_mu is locked while holding users_mu"
    CO_DEFER_UNLOCK(&groups_mu);
    users++;
    groups++;
}

static void add_group(void *arg) {
    (void)arg;
    co_mutex_lock(&groups_mu);
    CO_DEFER_UNLOCK(&groups_mu);
    co_mutex_lock(&users_mu);
    CO_DEFER_UNLOCK(&users_mu);
    groups++;
}

void start(void) {
    co_go(add_user, NULL);
    co_go(add_group, NULL);
}
