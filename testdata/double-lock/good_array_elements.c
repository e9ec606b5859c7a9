/* Two elements of one array of mutexes: cvet cannot tell them apart, so it
 * does not claim they are the same lock. */
#include <co.h>

static co_mutex shard_mu[8];
static int shard_val[8];

void move_between(int a, int b) {
    int lo = a < b ? a : b, hi = a < b ? b : a;
    co_mutex_lock(&shard_mu[lo & 7]);
    co_mutex_lock(&shard_mu[hi & 7]);
    shard_val[hi & 7] += shard_val[lo & 7];
    shard_val[lo & 7] = 0;
    co_mutex_unlock(&shard_mu[hi & 7]);
    co_mutex_unlock(&shard_mu[lo & 7]);
}
