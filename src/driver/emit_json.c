/* emit_json.c: cvet's own JSON format (docs/json-output.md, schema
 * version 1). It carries everything the model has: findings with the
 * suppressed flag, related locations, paths, fix-its, tool notifications
 * and the rules that ran. Keys only get added within a version. */
#include <cjson/cJSON.h>
#include <stdlib.h>

#include "driver/driver.h"

/* Every string goes through utf8_sanitize: JSON must be valid UTF-8 even
 * when a message quotes a non-UTF-8 source. */
static void add_str(cJSON *o, const char *key, const char *s) {
    char *clean = utf8_sanitize(s);
    cJSON_AddStringToObject(o, key, clean);
    free(clean);
}

static void put_loc(cJSON *o, src_loc loc) {
    add_str(o, "file", loc.file);
    cJSON_AddNumberToObject(o, "line", loc.line);
    cJSON_AddNumberToObject(o, "column", loc.col);
}

static cJSON *notes_json(const diag_note *notes, size_t n) {
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        put_loc(o, notes[i].loc);
        add_str(o, "message", notes[i].message);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

void emit_json(FILE *out, const diag_list *l, const emit_opts *o) {
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "version", 1);
    cJSON *tool = cJSON_AddObjectToObject(root, "tool");
    cJSON_AddStringToObject(tool, "name", "cvet");
    cJSON_AddStringToObject(tool, "version", o->version ? o->version : "");

    cJSON *rules = cJSON_AddArrayToObject(root, "rules");
    for (size_t i = 0; o->sel && i < o->sel->n; i++) {
        if (!selection_runs(o->sel, i)) continue;
        const rule *r = o->sel->rules[i];
        cJSON *ro = cJSON_CreateObject();
        cJSON_AddStringToObject(ro, "id", r->id);
        cJSON_AddStringToObject(ro, "name", r->name ? r->name : r->id);
        cJSON_AddStringToObject(ro, "level", diag_level_name(o->sel->level[i]));
        cJSON_AddStringToObject(ro, "short_description", r->short_desc ? r->short_desc : "");
        cJSON_AddItemToArray(rules, ro);
    }

    cJSON *files = cJSON_AddObjectToObject(root, "files");
    cJSON_AddNumberToObject(files, "total", (double)o->files_total);
    cJSON_AddNumberToObject(files, "analysed", (double)(o->files_total - o->files_failed));
    cJSON_AddNumberToObject(files, "failed", (double)o->files_failed);

    cJSON *findings = cJSON_AddArrayToObject(root, "findings");
    for (size_t i = 0; i < l->n; i++) {
        const diag *d = &l->items[i];
        cJSON *f = cJSON_CreateObject();
        cJSON_AddStringToObject(f, "rule", d->rule_id);
        cJSON_AddStringToObject(f, "level", diag_level_name(d->level));
        add_str(f, "message", d->message);
        put_loc(f, d->loc);
        cJSON_AddBoolToObject(f, "suppressed", d->suppressed);
        if (d->suppressed) add_str(f, "suppression_reason", d->suppress_reason);
        else cJSON_AddNullToObject(f, "suppression_reason");
        cJSON_AddItemToObject(f, "related", notes_json(d->related, d->nrelated));
        cJSON_AddItemToObject(f, "path", notes_json(d->path, d->npath));
        cJSON *fx = cJSON_AddArrayToObject(f, "fixits");
        for (size_t k = 0; k < d->nfixits; k++) {
            cJSON *x = cJSON_CreateObject();
            put_loc(x, d->fixits[k].loc);
            cJSON_AddNumberToObject(x, "length", d->fixits[k].len);
            add_str(x, "replacement", d->fixits[k].replacement);
            cJSON_AddItemToArray(fx, x);
        }
        cJSON_AddItemToArray(findings, f);
    }

    cJSON *notes = cJSON_AddArrayToObject(root, "notifications");
    for (size_t i = 0; i < l->nnotes; i++) {
        const tool_note *t = &l->notes[i];
        cJSON *n = cJSON_CreateObject();
        cJSON_AddStringToObject(n, "level", diag_level_name(t->level == LEVEL_NONE ? LEVEL_NOTE : t->level));
        put_loc(n, t->loc);
        add_str(n, "message", t->message);
        cJSON_AddItemToArray(notes, n);
    }

    char *text = cJSON_Print(root);
    fputs(text, out);
    fputc('\n', out);
    free(text);
    cJSON_Delete(root);
}
