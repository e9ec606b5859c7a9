/* select.c: which rules run and at which level. Starts from each rule's
 * default level; config and command-line --enable/--disable specs are then
 * applied in order, so `--disable '*' --enable X` runs only X. */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"

void selection_init(rule_selection *s) {
    s->rules = rule_registry(&s->n);
    s->level = calloc(s->n + 1, sizeof *s->level);
    s->enabled = calloc(s->n + 1, sizeof *s->enabled);
    if (!s->level || !s->enabled) abort();
    for (size_t i = 0; i < s->n; i++) {
        s->level[i] = s->rules[i]->default_level;
        s->enabled[i] = s->level[i] != LEVEL_NONE;
    }
}

void selection_free(rule_selection *s) {
    free(s->level);
    free(s->enabled);
    memset(s, 0, sizeof *s);
}

static bool is_glob(const char *p) { return strpbrk(p, "*?[") != NULL; }

bool selection_apply(rule_selection *s, const char *spec, bool enable, char *err, size_t errlen) {
    char *copy = strdup(spec), *save = NULL;
    bool ok = true;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        while (*tok == ' ') tok++;
        size_t l = strlen(tok);
        while (l && tok[l - 1] == ' ') tok[--l] = '\0';
        if (!*tok) continue;
        size_t matched = 0;
        for (size_t i = 0; i < s->n; i++) {
            if (is_glob(tok) ? fnmatch(tok, s->rules[i]->id, 0) != 0 : strcmp(tok, s->rules[i]->id) != 0) continue;
            matched++;
            s->enabled[i] = enable;
            /* Enabling a rule whose default (or configured) level is none runs it as a warning. */
            if (enable && s->level[i] == LEVEL_NONE) s->level[i] = LEVEL_WARNING;
        }
        if (!matched && !is_glob(tok)) {
            snprintf(err, errlen, "unknown rule '%s' in --%s (see cvet --list-rules)", tok,
                     enable ? "enable" : "disable");
            ok = false;
            break;
        }
    }
    free(copy);
    return ok;
}

bool selection_set_level(rule_selection *s, const char *id, diag_level level, char *err, size_t errlen) {
    size_t matched = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (is_glob(id) ? fnmatch(id, s->rules[i]->id, 0) != 0 : strcmp(id, s->rules[i]->id) != 0) continue;
        matched++;
        s->level[i] = level;
        s->enabled[i] = level != LEVEL_NONE;
    }
    if (!matched && !is_glob(id)) {
        snprintf(err, errlen, "unknown rule '%s'", id);
        return false;
    }
    return true;
}

bool selection_runs(const rule_selection *s, size_t i) {
    return i < s->n && s->enabled[i] && s->level[i] != LEVEL_NONE;
}
