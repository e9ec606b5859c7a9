#include <co.h>
static void nz_timer(int n) { co_timer *t = co_timer_new(1); for (int i = 0; i < n; i++) { t = co_timer_new(i); } co_timer *u = t; co_timer_stop(u); co_timer_stop(t); co_ticker *k = co_ticker_new(1); k = 0; (void)k; }
