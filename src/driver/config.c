/* config.c: .cvet.json, found by walking up from the current directory (or
 * named by --config). Keys: enable, disable (arrays of rule ids or globs),
 * levels (object: id -> "error"|"warning"|"note"|"none"), exclude (array
 * of path globs), compiler_args (array of strings). Anything else, or a
 * wrong type, is an error naming the file, the key and what was expected. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver/driver.h"


static const char *json_type_name(const cJSON *v) {
    if (cJSON_IsArray(v)) return "an array";
    if (cJSON_IsObject(v)) return "an object";
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "a boolean";
    if (cJSON_IsNull(v)) return "null";
    return "an invalid value";
}

static bool string_array(const cJSON *v, const char *path, const char *key, const char *what,
                         char ***out, size_t *n, char *err, size_t errlen) {
    if (!cJSON_IsArray(v))
        return errbuf_fail(err, errlen, "%s: key \"%s\": expected an array of %s, got %s", path, key, what,
                    json_type_name(v));
    size_t count = (size_t)cJSON_GetArraySize(v), i = 0;
    char **arr = calloc(count + 1, sizeof *arr);
    if (!arr) abort();
    const cJSON *item;
    cJSON_ArrayForEach(item, v) {
        if (!cJSON_IsString(item)) {
            for (size_t k = 0; k < i; k++) free(arr[k]);
            free(arr);
            return errbuf_fail(err, errlen, "%s: key \"%s\": element %zu: expected %s (a string), got %s", path, key, i,
                        what, json_type_name(item));
        }
        arr[i++] = strdup(item->valuestring);
    }
    *out = arr;
    *n = count;
    return true;
}

bool config_parse(const char *text, const char *path, cvet_config *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    cJSON *root = cJSON_Parse(text);
    if (!root) {
        unsigned line = json_error_line(text);
        return errbuf_fail(err, errlen, "%s:%u: not valid JSON (expected an object with keys enable, disable, levels, "
                    "exclude, compiler_args)", path, line);
    }
    bool ok = true;
    if (!cJSON_IsObject(root)) {
        ok = errbuf_fail(err, errlen, "%s: expected a JSON object at the top level, got %s", path, json_type_name(root));
        goto done;
    }
    out->path = strdup(path);
    char dirbuf[PATH_MAX];
    snprintf(dirbuf, sizeof dirbuf, "%s", path);
    char *slash = strrchr(dirbuf, '/');
    if (slash) { if (slash == dirbuf) slash[1] = '\0'; else *slash = '\0'; }
    else snprintf(dirbuf, sizeof dirbuf, ".");
    out->dir = strdup(dirbuf);
    const cJSON *v;
    cJSON_ArrayForEach(v, root) {
        const char *key = v->string;
        if (strcmp(key, "enable") == 0) {
            ok = string_array(v, path, key, "rule ids or globs", &out->enable, &out->nenable, err, errlen);
        } else if (strcmp(key, "disable") == 0) {
            ok = string_array(v, path, key, "rule ids or globs", &out->disable, &out->ndisable, err, errlen);
        } else if (strcmp(key, "exclude") == 0) {
            ok = string_array(v, path, key, "path globs", &out->exclude, &out->nexclude, err, errlen);
        } else if (strcmp(key, "compiler_args") == 0) {
            ok = string_array(v, path, key, "compiler arguments", &out->compiler_args, &out->ncompiler_args,
                              err, errlen);
        } else if (strcmp(key, "levels") == 0) {
            if (!cJSON_IsObject(v)) {
                ok = errbuf_fail(err, errlen, "%s: key \"levels\": expected an object mapping rule ids to "
                          "\"error\", \"warning\", \"note\" or \"none\", got %s", path, json_type_name(v));
                break;
            }
            size_t count = (size_t)cJSON_GetArraySize(v);
            out->level_ids = calloc(count + 1, sizeof *out->level_ids);
            out->levels = calloc(count + 1, sizeof *out->levels);
            if (!out->level_ids || !out->levels) abort();
            const cJSON *lv;
            cJSON_ArrayForEach(lv, v) {
                diag_level l;
                if (!cJSON_IsString(lv) || !diag_level_parse(lv->valuestring, &l)) {
                    ok = errbuf_fail(err, errlen, "%s: key \"levels\": \"%s\": expected \"error\", \"warning\", \"note\" "
                              "or \"none\", got %s%s%s", path, lv->string,
                              cJSON_IsString(lv) ? "\"" : json_type_name(lv),
                              cJSON_IsString(lv) ? lv->valuestring : "", cJSON_IsString(lv) ? "\"" : "");
                    break;
                }
                out->level_ids[out->nlevels] = strdup(lv->string);
                out->levels[out->nlevels++] = l;
            }
        } else {
            ok = errbuf_fail(err, errlen, "%s: unknown key \"%s\" (expected one of: enable, disable, levels, exclude, "
                      "compiler_args)", path, key);
        }
        if (!ok) break;
    }
done:
    cJSON_Delete(root);
    if (!ok) config_free(out);
    return ok;
}

bool config_load(const char *path, cvet_config *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    source_file *f = source_read(path);
    if (!f->ok) {
        int e = errno;
        source_file_free(f);
        return errbuf_fail(err, errlen, "%s: cannot read config file: %s", path, strerror(e ? e : EIO));
    }
    if (memchr(f->text, '\0', f->len)) {
        source_file_free(f);
        return errbuf_fail(err, errlen, "%s: not valid JSON (the file contains NUL bytes)", path);
    }
    bool ok = config_parse(f->text, path, out, err, errlen);
    source_file_free(f);
    return ok;
}

char *config_find(void) {
    char dir[PATH_MAX];
    if (!getcwd(dir, sizeof dir)) return NULL;
    for (;;) {
        char candidate[PATH_MAX + 16];
        snprintf(candidate, sizeof candidate, "%s%s.cvet.json", dir, strcmp(dir, "/") == 0 ? "" : "/");
        if (access(candidate, F_OK) == 0) return strdup(candidate);
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0) return NULL;
        if (slash == dir) slash[1] = '\0'; else *slash = '\0';
    }
}

static void free_strings(char **v, size_t n) {
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

void config_free(cvet_config *c) {
    free(c->path);
    free(c->dir);
    free_strings(c->enable, c->nenable);
    free_strings(c->disable, c->ndisable);
    free_strings(c->level_ids, c->nlevels);
    free(c->levels);
    free_strings(c->exclude, c->nexclude);
    free_strings(c->compiler_args, c->ncompiler_args);
    memset(c, 0, sizeof *c);
}
