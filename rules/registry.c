/* rules/registry.c: the one table of rules. Adding a rule family means one
 * file in rules/, one line here, a docs page per rule and testdata. */
#include <string.h>

#include "rule.h"

extern const rule *const rules_suppress[]; /* unused-suppression (src/driver) */
extern const rule *const rules_lock[];
extern const rule *const rules_guard[];
extern const rule *const rules_deadlock[];
extern const rule *const rules_chan[];
extern const rule *const rules_timer[];
extern const rule *const rules_context[];
extern const rule *const rules_waitgroup[];
extern const rule *const rules_once[];

static const rule *const *const families[] = {
    rules_suppress, rules_lock, rules_guard, rules_deadlock, rules_chan,
    rules_timer, rules_context, rules_waitgroup, rules_once,
};

const rule *const *rule_registry(size_t *count) {
    static const rule *table[256];
    static size_t n = 0;
    static int built = 0;
    if (!__atomic_load_n(&built, __ATOMIC_ACQUIRE)) {
        /* Built once, before worker threads start (the driver calls this first). */
        n = 0;
        for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
            for (const rule *const *r = families[f]; *r && n < 256; r++) table[n++] = *r;
        __atomic_store_n(&built, 1, __ATOMIC_RELEASE);
    }
    *count = n;
    return table;
}

const rule *rule_find(const char *id) {
    size_t n;
    const rule *const *t = rule_registry(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i]->id, id) == 0) return t[i];
    return NULL;
}
