#include <co.h>
static co_mutex mu;
void f(void) {
  co_mutex_lock(&mu);
  if (co_goid()) {
    while (1) {
