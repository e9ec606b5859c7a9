/* emit_sarif.c: SARIF 2.1.0 for code scanning and editors. Guarantees (see
 * shared/sarif/README.md): every enabled rule described in tool.driver.rules
 * with help from docs/rules/<id>.md; results carry ruleId + ruleIndex, URIs
 * relative to %SRCROOT% (realpath'd; outside it absolute file:// URIs),
 * UTF-16 columns, relatedLocations with ids, codeFlows for paths,
 * suppressions, and a primaryLocationLineHash that depends on the rule and
 * the line's text (not its number), so findings survive unrelated edits. */
#include <cjson/cJSON.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver/driver.h"
#include "driver/rule_docs.h"
#include "driver/cvet_build.h"

static void add_str(cJSON *o, const char *key, const char *s) {
    char *clean = utf8_sanitize(s);
    cJSON_AddStringToObject(o, key, clean);
    free(clean);
}

static cJSON *text_obj(const char *s) {
    cJSON *o = cJSON_CreateObject();
    add_str(o, "text", s);
    return o;
}

/* Percent-encodes a path for a URI (keeps unreserved characters and '/'). */
static char *uri_encode(const char *prefix, const char *path) {
    size_t pl = strlen(prefix), n = strlen(path);
    char *out = malloc(pl + n * 3 + 1), *w = out;
    if (!out) abort();
    memcpy(w, prefix, pl);
    w += pl;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("-._~/", c))
            *w++ = (char)c;
        else
            w += sprintf(w, "%%%02X", c);
    }
    *w = '\0';
    return out;
}

char *sarif_uri(const char *path, const char *srcroot, bool *relative) {
    char real[PATH_MAX], abs[PATH_MAX * 2];
    if (realpath(path, real)) {
        snprintf(abs, sizeof abs, "%s", real);
    } else if (path[0] == '/') {
        snprintf(abs, sizeof abs, "%s", path);
    } else {
        char cwd[PATH_MAX];
        snprintf(abs, sizeof abs, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : "", path);
    }
    size_t rl = srcroot ? strlen(srcroot) : 0;
    while (rl > 1 && srcroot[rl - 1] == '/') rl--;
    if (srcroot && rl > 0 && strncmp(abs, srcroot, rl) == 0 && (abs[rl] == '/' || rl == 1)) {
        *relative = true;
        return uri_encode("", abs + (rl == 1 ? 1 : rl + 1));
    }
    *relative = false;
    return uri_encode("file://", abs);
}

static uint64_t fnv1a(uint64_t h, const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 0x100000001b3ull; }
    return h;
}

static void trim(const char **s, size_t *n) {
    while (*n && (**s == ' ' || **s == '\t')) { (*s)++; (*n)--; }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r')) (*n)--;
}

char *sarif_fingerprint(const char *rule_id, const source_file *f, uint32_t line) {
    const char *text = "";
    size_t len = 0;
    unsigned occurrence = 0;
    if (source_line(f, line, &text, &len)) {
        trim(&text, &len);
        for (uint32_t l = 1; l < line; l++) {   /* same text earlier in the file */
            const char *t;
            size_t tl;
            if (!source_line(f, l, &t, &tl)) break;
            trim(&t, &tl);
            if (tl == len && memcmp(t, text, len) == 0) occurrence++;
        }
    }
    char occ[32];
    snprintf(occ, sizeof occ, "%u", occurrence);
    uint64_t h = 0xcbf29ce484222325ull;
    h = fnv1a(h, rule_id, strlen(rule_id) + 1);
    h = fnv1a(h, text, len);
    h = fnv1a(h, "", 1);
    h = fnv1a(h, occ, strlen(occ));
    char *out = malloc(32);
    if (!out) abort();
    snprintf(out, 32, "%016llx:1", (unsigned long long)h);
    return out;
}

static cJSON *physical_location(const emit_opts *o, src_loc loc, uint32_t len_bytes) {
    cJSON *pl = cJSON_CreateObject();
    cJSON *al = cJSON_AddObjectToObject(pl, "artifactLocation");
    bool rel = false;
    char *uri = sarif_uri(loc.file ? loc.file : "", o->srcroot, &rel);
    add_str(al, "uri", uri);
    free(uri);
    if (rel) cJSON_AddStringToObject(al, "uriBaseId", "%SRCROOT%");
    if (loc.line) {
        cJSON *region = cJSON_AddObjectToObject(pl, "region");
        cJSON_AddNumberToObject(region, "startLine", loc.line);
        if (loc.col) {
            const source_file *f = o->src ? source_get(o->src, loc.file) : NULL;
            const char *line;
            size_t len;
            bool have = f && source_line(f, loc.line, &line, &len);
            uint32_t col = have ? utf16_column(line, len, loc.col) : loc.col;
            cJSON_AddNumberToObject(region, "startColumn", col);
            if (len_bytes) {
                uint32_t end = have ? utf16_column(line, len, loc.col + len_bytes) : loc.col + len_bytes;
                cJSON_AddNumberToObject(region, "endColumn", end);
            }
        }
    }
    return pl;
}

static cJSON *location(const emit_opts *o, src_loc loc, const char *message, int id) {
    cJSON *l = cJSON_CreateObject();
    if (id > 0) cJSON_AddNumberToObject(l, "id", id);
    cJSON_AddItemToObject(l, "physicalLocation", physical_location(o, loc, 0));
    if (message) cJSON_AddItemToObject(l, "message", text_obj(message));
    return l;
}

static char *information_uri(void) {
    char *base = strdup(CVET_HELP_URI_BASE);
    char *blob = strstr(base, "/blob/");
    if (blob) *blob = '\0';
    return base;
}

static cJSON *rule_json(const rule *r, diag_level level) {
    cJSON *ro = cJSON_CreateObject();
    add_str(ro, "id", r->id);
    add_str(ro, "name", r->name ? r->name : r->id);
    cJSON_AddItemToObject(ro, "shortDescription", text_obj(r->short_desc ? r->short_desc : r->id));
    cJSON_AddItemToObject(ro, "fullDescription", text_obj(r->full_desc ? r->full_desc : r->short_desc));
    const char *doc = rule_doc(r->id);
    cJSON *help = cJSON_AddObjectToObject(ro, "help");
    add_str(help, "text", doc ? doc : (r->full_desc ? r->full_desc : ""));
    add_str(help, "markdown", doc ? doc : (r->full_desc ? r->full_desc : ""));
    char *uri = NULL;
    if (asprintf(&uri, "%sdocs/rules/%s.md", CVET_HELP_URI_BASE, r->id) >= 0) {
        add_str(ro, "helpUri", uri);
        free(uri);
    }
    cJSON *dc = cJSON_AddObjectToObject(ro, "defaultConfiguration");
    cJSON_AddStringToObject(dc, "level", diag_level_name(level));
    return ro;
}

/* SARIF embedded links: a message that links its related locations
 * ("... ([mu locked here](1))") must escape its literal brackets. */
static void put_escaped(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '[' || *s == ']' || *s == '\\') fputc('\\', f);
        fputc(*s, f);
    }
}

static char *message_with_links(const diag *d) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) abort();
    put_escaped(f, d->message);
    for (size_t k = 0; k < d->nrelated; k++) {
        fputs(k == 0 ? " (" : "; ", f);
        fputc('[', f);
        put_escaped(f, d->related[k].message);
        fprintf(f, "](%zu)", k + 1);
    }
    if (d->nrelated) fputc(')', f);
    fclose(f);
    return buf;
}

void emit_sarif(FILE *out, const diag_list *l, const emit_opts *o) {
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(root, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);

    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "cvet");
    cJSON_AddStringToObject(driver, "version", o->version ? o->version : CVET_VERSION);
    cJSON_AddStringToObject(driver, "semanticVersion", o->version ? o->version : CVET_VERSION);
    char *info = information_uri();
    cJSON_AddStringToObject(driver, "informationUri", info);
    free(info);
    cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
    const char **rule_ids = calloc(o->sel ? o->sel->n + 1 : 1, sizeof *rule_ids);
    size_t nrules = 0;
    for (size_t i = 0; o->sel && i < o->sel->n; i++) {
        if (!selection_runs(o->sel, i)) continue;
        cJSON_AddItemToArray(rules, rule_json(o->sel->rules[i], o->sel->level[i]));
        rule_ids[nrules++] = o->sel->rules[i]->id;
    }

    /* %SRCROOT% must end with '/'. */
    char *root_uri = uri_encode("file://", o->srcroot ? o->srcroot : "/");
    size_t rl = strlen(root_uri);
    root_uri = realloc(root_uri, rl + 2);
    if (rl == 0 || root_uri[rl - 1] != '/') strcpy(root_uri + rl, "/");
    cJSON *bases = cJSON_AddObjectToObject(run, "originalUriBaseIds");
    cJSON *srcroot = cJSON_AddObjectToObject(bases, "%SRCROOT%");
    cJSON_AddStringToObject(srcroot, "uri", root_uri);
    free(root_uri);

    cJSON *inv = cJSON_CreateObject();
    cJSON_AddBoolToObject(inv, "executionSuccessful", o->files_failed == 0);
    cJSON *notifs = cJSON_AddArrayToObject(inv, "toolExecutionNotifications");
    for (size_t i = 0; i < l->nnotes; i++) {
        const tool_note *t = &l->notes[i];
        cJSON *n = cJSON_CreateObject();
        cJSON_AddStringToObject(n, "level", diag_level_name(t->level == LEVEL_NONE ? LEVEL_NOTE : t->level));
        cJSON_AddItemToObject(n, "message", text_obj(t->message));
        if (t->loc.file) {
            cJSON *locs = cJSON_AddArrayToObject(n, "locations");
            cJSON_AddItemToArray(locs, location(o, t->loc, NULL, 0));
        }
        cJSON_AddItemToArray(notifs, n);
    }
    cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);

    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (size_t i = 0; i < l->n; i++) {
        const diag *d = &l->items[i];
        cJSON *r = cJSON_CreateObject();
        add_str(r, "ruleId", d->rule_id);
        for (size_t k = 0; k < nrules; k++)
            if (strcmp(rule_ids[k], d->rule_id) == 0) { cJSON_AddNumberToObject(r, "ruleIndex", (double)k); break; }
        cJSON_AddStringToObject(r, "level", diag_level_name(d->level));
        char *msg = d->nrelated ? message_with_links(d) : NULL;
        cJSON_AddItemToObject(r, "message", text_obj(msg ? msg : d->message));
        free(msg);
        cJSON_AddItemToArray(cJSON_AddArrayToObject(r, "locations"), location(o, d->loc, NULL, 0));
        if (d->nrelated) {
            cJSON *rel = cJSON_AddArrayToObject(r, "relatedLocations");
            for (size_t k = 0; k < d->nrelated; k++)
                cJSON_AddItemToArray(rel, location(o, d->related[k].loc, d->related[k].message, (int)k + 1));
        }
        if (d->npath) {
            cJSON *tfl = cJSON_CreateArray();
            for (size_t k = 0; k < d->npath; k++) {
                cJSON *step = cJSON_CreateObject();
                cJSON_AddItemToObject(step, "location", location(o, d->path[k].loc, d->path[k].message, 0));
                cJSON_AddItemToArray(tfl, step);
            }
            cJSON *tf = cJSON_CreateObject();
            cJSON_AddItemToObject(tf, "locations", tfl);
            cJSON *cf = cJSON_CreateObject();
            cJSON_AddItemToArray(cJSON_AddArrayToObject(cf, "threadFlows"), tf);
            cJSON_AddItemToArray(cJSON_AddArrayToObject(r, "codeFlows"), cf);
        }
        if (d->nfixits) {
            cJSON *fixes = cJSON_AddArrayToObject(r, "fixes");
            for (size_t k = 0; k < d->nfixits; k++) {
                const diag_fixit *fx = &d->fixits[k];
                cJSON *fix = cJSON_CreateObject();
                cJSON_AddItemToObject(fix, "description", text_obj("cvet fix-it"));
                cJSON *change = cJSON_CreateObject();
                cJSON *pl = physical_location(o, fx->loc, fx->len);
                cJSON_AddItemToObject(change, "artifactLocation",
                                      cJSON_Duplicate(cJSON_GetObjectItem(pl, "artifactLocation"), 1));
                cJSON *rep = cJSON_CreateObject();
                cJSON *region = cJSON_GetObjectItem(pl, "region");
                if (region) cJSON_AddItemToObject(rep, "deletedRegion", cJSON_Duplicate(region, 1));
                cJSON_AddItemToObject(rep, "insertedContent", text_obj(fx->replacement));
                cJSON_AddItemToArray(cJSON_AddArrayToObject(change, "replacements"), rep);
                cJSON_AddItemToArray(cJSON_AddArrayToObject(fix, "artifactChanges"), change);
                cJSON_AddItemToArray(fixes, fix);
                cJSON_Delete(pl);
            }
        }
        const source_file *f = o->src ? source_get(o->src, d->loc.file) : NULL;
        char *fp = sarif_fingerprint(d->rule_id, f, d->loc.line);
        /* Several findings of one rule on one line (sorted: adjacent) would
         * share the hash: number them :1, :2, ... so none is merged away. */
        unsigned same = 0;
        for (size_t k = i; k-- > 0;) {
            const diag *p = &l->items[k];
            if (p->loc.line != d->loc.line || p->loc.file != d->loc.file) break;
            same += strcmp(p->rule_id, d->rule_id) == 0;
        }
        if (same) {
            char *colon = strrchr(fp, ':');
            if (colon) snprintf(colon, 32 - (size_t)(colon - fp), ":%u", same + 1);
        }
        cJSON_AddStringToObject(cJSON_AddObjectToObject(r, "partialFingerprints"), "primaryLocationLineHash", fp);
        free(fp);
        if (d->suppressed) {
            cJSON *s = cJSON_CreateObject();
            cJSON_AddStringToObject(s, "kind", "inSource");
            add_str(s, "justification", d->suppress_reason ? d->suppress_reason : "");
            cJSON_AddItemToArray(cJSON_AddArrayToObject(r, "suppressions"), s);
        }
        cJSON_AddItemToArray(results, r);
    }
    cJSON_AddStringToObject(run, "columnKind", "utf16CodeUnits");
    free(rule_ids);

    char *text = cJSON_Print(root);
    fputs(text, out);
    fputc('\n', out);
    free(text);
    cJSON_Delete(root);
}
