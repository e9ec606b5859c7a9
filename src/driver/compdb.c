/* compdb.c: compile_commands.json (as clang-tidy's -p). Each entry becomes
 * a realpath'd file, its directory and the compiler arguments libclang
 * needs: argv[0], -c, -o X, dependency-file flags, the source file itself
 * and GCC-only flags clang rejects are dropped. A missing or malformed
 * database is an error with a message saying which file and what is wrong. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver/driver.h"


typedef struct strvec { char **v; size_t n, cap; } strvec;
static void sv_push(strvec *s, const char *str, size_t len) {
    if (s->n + 1 >= s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v) abort();
    }
    char *c = malloc(len + 1);
    if (!c) abort();
    memcpy(c, str, len);
    c[len] = '\0';
    s->v[s->n++] = c;
    s->v[s->n] = NULL;
}

char **shell_split(const char *cmd, size_t *count) {
    strvec out = {0};
    size_t cap = strlen(cmd) + 1, len = 0;
    char *word = malloc(cap);
    if (!word) abort();
    bool in_word = false;
    for (const char *p = cmd; *p; p++) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n') {
            if (in_word) { sv_push(&out, word, len); len = 0; in_word = false; }
        } else if (c == '\'') {
            in_word = true;
            for (p++; *p && *p != '\''; p++) word[len++] = *p;
            if (!*p) break;
        } else if (c == '"') {
            in_word = true;
            for (p++; *p && *p != '"'; p++) {
                if (*p == '\\' && (p[1] == '"' || p[1] == '\\' || p[1] == '$' || p[1] == '`')) p++;
                word[len++] = *p;
            }
            if (!*p) break;
        } else if (c == '\\' && p[1]) {
            in_word = true;
            word[len++] = *++p;
        } else {
            in_word = true;
            word[len++] = c;
        }
    }
    if (in_word) sv_push(&out, word, len);
    free(word);
    if (!out.v) { out.v = calloc(1, sizeof *out.v); if (!out.v) abort(); }
    *count = out.n;
    return out.v;
}

/* Flags that take the next argument as their value and do not matter to a parse. */
static const char *const drop_with_value[] = { "-o", "-MF", "-MT", "-MQ", "-Xlinker", NULL };
static const char *const drop_exact[] = {
    "-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-pipe", "-fconserve-stack",
    "-fno-var-tracking-assignments", "-fcompare-debug-second", "-fno-allow-store-data-races",
    "-mno-fp-ret-in-387", "-mskip-rax-setup", "-fmerge-all-constants", "-fno-semantic-interposition",
    "-fipa-pta", "-fno-ipa-pta", "-fsanitize-address-use-after-return=runtime", "-Wmaybe-uninitialized",
    NULL,
};
/* GCC-only option families clang rejects ("unknown argument"). */
static const char *const drop_prefix[] = {
    "-fipa-", "-fno-ipa-", "-ftree-", "-fno-tree-", "-fsched-", "-fno-sched-", "-fgcse", "-fno-gcse",
    "-falign-jumps=", "-falign-loops=", "-falign-labels=", "-fcompare-debug", "-fmin-function-alignment",
    "-fstack-usage", "-fdump-", "-fplugin", "-fno-reorder-blocks", "-freorder-blocks-algorithm",
    "-fmacro-prefix-map", "-fzero-call-used-regs", "-fpatchable-function-entry", "-mindirect-branch",
    "-mfunction-return", "-mrecord-mcount", "-fconserve-", "-fallow-store-data-races", "-fvar-tracking",
    "-flto", "-fuse-linker-plugin", "-Wl,", "-fdiagnostics-color", "-fno-diagnostics-show-caret",
    "-fdiagnostics-format", NULL,
};

static bool in_list(const char *const *list, const char *s) {
    for (size_t i = 0; list[i]; i++) if (strcmp(list[i], s) == 0) return true;
    return false;
}

static bool has_prefix_in(const char *const *list, const char *s) {
    for (size_t i = 0; list[i]; i++) if (strncmp(s, list[i], strlen(list[i])) == 0) return true;
    return false;
}

static bool same_file(const char *arg, const char *file, const char *dir) {
    char joined[PATH_MAX * 2], real[PATH_MAX];
    if (strcmp(arg, file) == 0) return true;
    if (arg[0] == '/' || !dir) snprintf(joined, sizeof joined, "%s", arg);
    else snprintf(joined, sizeof joined, "%s/%s", dir, arg);
    if (strcmp(joined, file) == 0) return true;
    return realpath(joined, real) && strcmp(real, file) == 0;
}

char **compdb_clean_args(char *const *argv, size_t argc, const char *file, const char *dir, size_t *count) {
    strvec out = {0};
    for (size_t i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (in_list(drop_with_value, a)) { i++; continue; }
        if (in_list(drop_exact, a) || has_prefix_in(drop_prefix, a)) continue;
        if ((strncmp(a, "-o", 2) == 0 || strncmp(a, "-MF", 3) == 0 || strncmp(a, "-MT", 3) == 0 ||
             strncmp(a, "-MQ", 3) == 0) && a[2])
            continue;                  /* joined forms: -ofoo.o, -MFfoo.d */
        if (a[0] != '-' && same_file(a, file, dir)) continue;
        sv_push(&out, a, strlen(a));
    }
    if (!out.v) { out.v = calloc(1, sizeof *out.v); if (!out.v) abort(); }
    *count = out.n;
    return out.v;
}

static void free_vec(char **v, size_t n) {
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

bool compdb_parse(const char *text, const char *path, compdb *db, char *err, size_t errlen) {
    memset(db, 0, sizeof *db);
    cJSON *root = cJSON_Parse(text);
    if (!root) {
        unsigned line = json_error_line(text);
        return errbuf_fail(err, errlen, "%s:%u: not valid JSON (a compilation database is an array of "
                    "{\"directory\", \"file\", \"arguments\" or \"command\"} objects)", path, line);
    }
    bool ok = true;
    if (!cJSON_IsArray(root)) {
        ok = errbuf_fail(err, errlen, "%s: expected an array of compile commands at the top level", path);
        goto done;
    }
    db->path = strdup(path);
    db->items = calloc((size_t)cJSON_GetArraySize(root) + 1, sizeof *db->items);
    if (!db->items) abort();
    size_t idx = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, root) {
        const cJSON *dir = cJSON_GetObjectItemCaseSensitive(e, "directory");
        const cJSON *file = cJSON_GetObjectItemCaseSensitive(e, "file");
        const cJSON *args = cJSON_GetObjectItemCaseSensitive(e, "arguments");
        const cJSON *cmd = cJSON_GetObjectItemCaseSensitive(e, "command");
        if (!cJSON_IsObject(e) || !cJSON_IsString(dir) || !cJSON_IsString(file)) {
            ok = errbuf_fail(err, errlen, "%s: entry %zu: expected an object with string keys \"directory\" and \"file\"",
                      path, idx);
            break;
        }
        char **argv = NULL;
        size_t argc = 0;
        if (cJSON_IsArray(args)) {
            argv = calloc((size_t)cJSON_GetArraySize(args) + 1, sizeof *argv);
            if (!argv) abort();
            const cJSON *a;
            cJSON_ArrayForEach(a, args) {
                if (!cJSON_IsString(a)) {
                    free_vec(argv, argc);
                    ok = errbuf_fail(err, errlen, "%s: entry %zu (%s): \"arguments\" must be an array of strings", path,
                              idx, file->valuestring);
                    goto done;
                }
                argv[argc++] = strdup(a->valuestring);
            }
        } else if (cJSON_IsString(cmd)) {
            argv = shell_split(cmd->valuestring, &argc);
        } else {
            ok = errbuf_fail(err, errlen, "%s: entry %zu (%s): expected \"arguments\" (array of strings) or \"command\" "
                      "(string)", path, idx, file->valuestring);
            break;
        }
        compdb_entry *ent = &db->items[db->n++];
        char joined[PATH_MAX * 2], real[PATH_MAX];
        if (file->valuestring[0] == '/') snprintf(joined, sizeof joined, "%s", file->valuestring);
        else snprintf(joined, sizeof joined, "%s/%s", dir->valuestring, file->valuestring);
        ent->file = strdup(realpath(joined, real) ? real : joined);
        ent->directory = strdup(dir->valuestring);
        ent->args = compdb_clean_args(argv, argc, ent->file, ent->directory, &ent->nargs);
        free_vec(argv, argc);
        idx++;
    }
done:
    cJSON_Delete(root);
    if (!ok) compdb_free(db);
    return ok;
}

bool compdb_load(const char *dir_or_file, compdb *db, char *err, size_t errlen) {
    memset(db, 0, sizeof *db);
    char path[PATH_MAX];
    struct stat st;
    if (stat(dir_or_file, &st) != 0)
        return errbuf_fail(err, errlen, "%s: cannot open compilation database: %s", dir_or_file, strerror(errno));
    if (S_ISDIR(st.st_mode)) snprintf(path, sizeof path, "%s/compile_commands.json", dir_or_file);
    else snprintf(path, sizeof path, "%s", dir_or_file);
    source_file *f = source_read(path);
    if (!f->ok) {
        int e = errno;
        source_file_free(f);
        return errbuf_fail(err, errlen, "%s: cannot read compilation database: %s", path, strerror(e ? e : EIO));
    }
    bool ok = compdb_parse(f->text, path, db, err, errlen);
    source_file_free(f);
    return ok;
}

void compdb_free(compdb *db) {
    for (size_t i = 0; i < db->n; i++) {
        free(db->items[i].file);
        free(db->items[i].directory);
        free_vec(db->items[i].args, db->items[i].nargs);
    }
    free(db->items);
    free(db->path);
    memset(db, 0, sizeof *db);
}
