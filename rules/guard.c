/* rules/guard.c: rule family (see rules/registry.c). */
#include "rule.h"

const rule *const rules_guard[] = { NULL };
