/* test_emit.c: each emitter on hand-built diagnostic lists: the text
 * snippet and caret, gcc without snippets, the JSON schema, and SARIF's
 * structure (rule indexes, %SRCROOT%-relative URIs, UTF-16 columns,
 * related ids, code flows, suppressions, stable fingerprints). Also the
 * diag list's sort and dedupe. */
#include <check.h>
#include <cjson/cJSON.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "driver/driver.h"
#include "test_driver.h"

START_TEST(utf16_columns) {
    ck_assert_uint_eq(utf16_column("abc", 3, 1), 1);
    ck_assert_uint_eq(utf16_column("abc", 3, 3), 3);
    ck_assert_uint_eq(utf16_column("\tx", 2, 2), 2);                 /* a tab is one unit */
    ck_assert_uint_eq(utf16_column("\xc3\xa9x", 3, 3), 2);           /* é: 2 bytes, 1 unit */
    ck_assert_uint_eq(utf16_column("\xe2\x82\xacx", 4, 4), 2);       /* €: 3 bytes, 1 unit */
    ck_assert_uint_eq(utf16_column("\xf0\x9f\x98\x80x", 5, 5), 3);   /* 😀: 4 bytes, 2 units */
    ck_assert_uint_eq(utf16_column("\xffx", 2, 2), 2);               /* invalid byte: 1 unit */
    ck_assert_uint_eq(utf16_column("ab", 2, 6), 6);                  /* past the end: 1 per byte */
}
END_TEST

START_TEST(sort_and_dedupe) {
    diag_list l = {0};
    src_loc b3 = { "b.c", 3, 1 }, a9 = { "a.c", 9, 2 }, a2 = { "a.c", 2, 7 }, a2c = { "a.c", 2, 3 };
    diag_list_add(&l, "z-rule", LEVEL_WARNING, b3, "m");
    diag_list_add(&l, "z-rule", LEVEL_WARNING, a9, "m");
    diag_list_add(&l, "b-rule", LEVEL_WARNING, a2, "m2");
    diag_list_add(&l, "a-rule", LEVEL_WARNING, a2, "m1");
    diag_list_add(&l, "a-rule", LEVEL_WARNING, a2c, "m1");
    diag_list_add(&l, "z-rule", LEVEL_WARNING, a9, "m");    /* duplicate */
    diag_list_note(&l, LEVEL_ERROR, b3, "n2");
    diag_list_note(&l, LEVEL_ERROR, a9, "n1");
    diag_list_sort(&l);
    diag_list_dedupe(&l);
    ck_assert_uint_eq(l.n, 5);
    ck_assert_uint_eq(l.items[0].loc.col, 3);
    ck_assert_str_eq(l.items[1].rule_id, "a-rule");
    ck_assert_str_eq(l.items[2].rule_id, "b-rule");
    ck_assert_uint_eq(l.items[3].loc.line, 9);
    ck_assert_str_eq(l.items[4].loc.file, "b.c");
    ck_assert_str_eq(l.notes[0].message, "n1");
    diag_level lv;
    ck_assert(diag_level_parse("note", &lv) && lv == LEVEL_NOTE);
    ck_assert(!diag_level_parse("loud", &lv));
    ck_assert_str_eq(diag_level_name(LEVEL_ERROR), "error");
    diag_list_free(&l);
}
END_TEST

/* A temporary source root holding sub/f.c. */
static char root[PATH_MAX], file[PATH_MAX + 16];
static const char *const source_text =
    "int main(void) {\n"
    "\tcaf\xc3\xa9(x); \xf0\x9f\x98\x80 y;\n"
    "    lock(&mu);\n"
    "}\n";

static void make_root(void) {
    char tmpl[] = "/tmp/cvet-emit-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    ck_assert_ptr_nonnull(realpath(tmpl, root));
    char sub[PATH_MAX + 8];
    snprintf(sub, sizeof sub, "%s/sub", root);
    ck_assert_int_eq(mkdir(sub, 0755), 0);
    snprintf(file, sizeof file, "%s/sub/f.c", root);
    FILE *f = fopen(file, "w");
    fputs(source_text, f);
    fclose(f);
}

static void remove_root(void) {
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf %s", root);
    ck_assert_int_eq(system(cmd), 0);
}

static const char *rule_a(void) {
    size_t n;
    const rule *const *t = rule_registry(&n);
    for (size_t i = 0; i < n; i++) if (strcmp(t[i]->id, "unused-suppression") != 0) return t[i]->id;
    return "unused-suppression";
}

static void build_list(diag_list *l) {
    src_loc y = { file, 2, 17 };        /* the y after the emoji: byte 17, UTF-16 column 14 */
    diag *d = diag_list_add(l, rule_a(), LEVEL_WARNING, y, "y is bad");
    src_loc m = { file, 3, 11 };
    diag_add_related(d, m, "mu locked here");
    diag_add_step(d, m, "first");
    diag_add_step(d, y, "then");
    diag_add_fixit(d, m, 2, "mu2");
    src_loc s = { file, 3, 5 };
    diag *sup = diag_list_add(l, "unused-suppression", LEVEL_NOTE, s, "quiet");
    sup->suppressed = true;
    sup->suppress_reason = strdup("known");
    src_loc n = { "/elsewhere/x.c", 0, 0 };
    diag_list_note(l, LEVEL_ERROR, n, "could not parse");
}

static char *run_emitter(void (*emit)(FILE *, const diag_list *, const emit_opts *), bool snippets,
                         rule_selection *sel) {
    diag_list l = {0};
    build_list(&l);
    source_cache *src = source_cache_new();
    emit_opts o = { .sel = sel, .src = src, .snippets = snippets, .srcroot = root, .version = "9.9",
                    .files_total = 2, .files_failed = 1 };
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    emit(mem, &l, &o);
    fclose(mem);
    source_cache_free(src);
    diag_list_free(&l);
    return buf;
}

START_TEST(text_and_gcc) {
    make_root();
    char *text = run_emitter(emit_text, true, NULL);
    static char expect[6 * (PATH_MAX + 16) + 512];
    snprintf(expect, sizeof expect,
             "%s:2:17: warning: y is bad [%s]\n"
             "    2 | \tcaf\xc3\xa9(x); \xf0\x9f\x98\x80 y;\n"
             "      | \t           ^\n"
             "%s:3:11: note: mu locked here\n"
             "%s:3:11: note: step 1: first\n"
             "%s:2:17: note: step 2: then\n"
             "%s:3:11: note: fix-it: replace 2 bytes with \"mu2\"\n",
             file, rule_a(), file, file, file, file);
    ck_assert_str_eq(text, expect);
    free(text);
    char *gcc = run_emitter(emit_text, false, NULL);
    ck_assert_msg(strncmp(gcc, expect, strlen(file) + 8) == 0, "%s", gcc);
    ck_assert_ptr_null(strstr(gcc, " | "));
    ck_assert_ptr_null(strstr(gcc, "quiet"));  /* suppressed: not shown */
    free(gcc);
    remove_root();
}
END_TEST

START_TEST(json_schema) {
    make_root();
    rule_selection sel;
    selection_init(&sel);
    char *out = run_emitter(emit_json, false, &sel);
    cJSON *j = cJSON_Parse(out);
    ck_assert_ptr_nonnull(j);
    ck_assert_int_eq(cJSON_GetObjectItem(j, "version")->valueint, 1);
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "tool"), "version")->valuestring, "9.9");
    ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(j, "rules")), (int)sel.n);
    cJSON *files = cJSON_GetObjectItem(j, "files");
    ck_assert_int_eq(cJSON_GetObjectItem(files, "failed")->valueint, 1);
    ck_assert_int_eq(cJSON_GetObjectItem(files, "analysed")->valueint, 1);
    cJSON *findings = cJSON_GetObjectItem(j, "findings");
    ck_assert_int_eq(cJSON_GetArraySize(findings), 2);
    cJSON *f0 = cJSON_GetArrayItem(findings, 0);
    ck_assert_str_eq(cJSON_GetObjectItem(f0, "rule")->valuestring, rule_a());
    ck_assert_str_eq(cJSON_GetObjectItem(f0, "level")->valuestring, "warning");
    ck_assert_int_eq(cJSON_GetObjectItem(f0, "line")->valueint, 2);
    ck_assert_int_eq(cJSON_GetObjectItem(f0, "column")->valueint, 17);
    ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(f0, "suppressed")));
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(f0, "suppression_reason")));
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(f0, "related"), 0), "message")->valuestring,
                     "mu locked here");
    ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(f0, "path")), 2);
    cJSON *fx = cJSON_GetArrayItem(cJSON_GetObjectItem(f0, "fixits"), 0);
    ck_assert_int_eq(cJSON_GetObjectItem(fx, "length")->valueint, 2);
    ck_assert_str_eq(cJSON_GetObjectItem(fx, "replacement")->valuestring, "mu2");
    cJSON *f1 = cJSON_GetArrayItem(findings, 1);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(f1, "suppressed")));
    ck_assert_str_eq(cJSON_GetObjectItem(f1, "suppression_reason")->valuestring, "known");
    cJSON *n0 = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "notifications"), 0);
    ck_assert_str_eq(cJSON_GetObjectItem(n0, "level")->valuestring, "error");
    ck_assert_str_eq(cJSON_GetObjectItem(n0, "file")->valuestring, "/elsewhere/x.c");
    cJSON_Delete(j);
    free(out);
    selection_free(&sel);
    remove_root();
}
END_TEST

static cJSON *path_get(cJSON *j, const char *path) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *save = NULL, *tok = strtok_r(buf, ".", &save); tok && j; tok = strtok_r(NULL, ".", &save)) {
        if (tok[0] >= '0' && tok[0] <= '9') j = cJSON_GetArrayItem(j, atoi(tok));
        else j = cJSON_GetObjectItem(j, tok);
    }
    ck_assert_msg(j != NULL, "missing %s", path);
    return j;
}

START_TEST(sarif_structure) {
    make_root();
    rule_selection sel;
    selection_init(&sel);
    char *out = run_emitter(emit_sarif, false, &sel);
    cJSON *j = cJSON_Parse(out);
    ck_assert_ptr_nonnull(j);
    ck_assert_str_eq(path_get(j, "version")->valuestring, "2.1.0");
    cJSON *run = path_get(j, "runs.0");
    ck_assert_str_eq(path_get(run, "columnKind")->valuestring, "utf16CodeUnits");
    ck_assert_str_eq(path_get(run, "tool.driver.name")->valuestring, "cvet");
    cJSON *rules = path_get(run, "tool.driver.rules");
    ck_assert_int_eq(cJSON_GetArraySize(rules), (int)sel.n);
    cJSON *r0 = path_get(run, "results.0");
    int idx = path_get(r0, "ruleIndex")->valueint;
    ck_assert_str_eq(path_get(rules, "0.id")->valuestring, sel.rules[0]->id);
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(rules, idx), "id")->valuestring,
                     path_get(r0, "ruleId")->valuestring);
    cJSON *rule = cJSON_GetArrayItem(rules, idx);
    ck_assert_ptr_nonnull(strstr(path_get(rule, "helpUri")->valuestring, "docs/rules/"));
    ck_assert_ptr_nonnull(path_get(rule, "help.markdown")->valuestring);
    ck_assert_ptr_nonnull(path_get(rule, "fullDescription.text")->valuestring);
    ck_assert_str_eq(path_get(rule, "defaultConfiguration.level")->valuestring, "warning");
    ck_assert_str_eq(path_get(r0, "locations.0.physicalLocation.artifactLocation.uri")->valuestring, "sub/f.c");
    ck_assert_str_eq(path_get(r0, "locations.0.physicalLocation.artifactLocation.uriBaseId")->valuestring, "%SRCROOT%");
    ck_assert_int_eq(path_get(r0, "locations.0.physicalLocation.region.startLine")->valueint, 2);
    ck_assert_int_eq(path_get(r0, "locations.0.physicalLocation.region.startColumn")->valueint, 14);
    ck_assert_int_eq(path_get(r0, "relatedLocations.0.id")->valueint, 1);
    ck_assert_str_eq(path_get(r0, "message.text")->valuestring, "y is bad ([mu locked here](1))");
    ck_assert_str_eq(path_get(r0, "relatedLocations.0.message.text")->valuestring, "mu locked here");
    ck_assert_str_eq(path_get(r0, "codeFlows.0.threadFlows.0.locations.1.location.message.text")->valuestring, "then");
    ck_assert_int_eq(path_get(r0, "fixes.0.artifactChanges.0.replacements.0.deletedRegion.endColumn")->valueint, 13);
    const char *fp = path_get(r0, "partialFingerprints.primaryLocationLineHash")->valuestring;
    ck_assert_uint_eq(strlen(fp), 18);
    ck_assert_str_eq(fp + 16, ":1");
    ck_assert_ptr_null(cJSON_GetObjectItem(r0, "suppressions"));
    cJSON *r1 = path_get(run, "results.1");
    ck_assert_str_eq(path_get(r1, "suppressions.0.kind")->valuestring, "inSource");
    ck_assert_str_eq(path_get(r1, "suppressions.0.justification")->valuestring, "known");
    char expect_root[PATH_MAX + 16];
    snprintf(expect_root, sizeof expect_root, "file://%s/", root);
    ck_assert_str_eq(path_get(run, "originalUriBaseIds.%SRCROOT%.uri")->valuestring, expect_root);
    ck_assert(cJSON_IsFalse(path_get(run, "invocations.0.executionSuccessful")));
    cJSON *n0 = path_get(run, "invocations.0.toolExecutionNotifications.0");
    ck_assert_str_eq(path_get(n0, "level")->valuestring, "error");
    ck_assert_str_eq(path_get(n0, "locations.0.physicalLocation.artifactLocation.uri")->valuestring, "file:///elsewhere/x.c");
    cJSON_Delete(j);
    free(out);
    selection_free(&sel);
    remove_root();
}
END_TEST

START_TEST(sarif_uris_and_fingerprints) {
    bool rel;
    char *u = sarif_uri("/a b/c%.c", "/a b", &rel);
    ck_assert(rel);
    ck_assert_str_eq(u, "c%25.c");
    free(u);
    u = sarif_uri("/other/x.c", "/a", &rel);
    ck_assert(!rel);
    ck_assert_str_eq(u, "file:///other/x.c");
    free(u);
    u = sarif_uri("/ab/x.c", "/a", &rel);      /* a prefix of the name is not a parent */
    ck_assert(!rel);
    free(u);
    /* The hash depends on the line's text and its occurrence, not its number. */
    char *p1 = write_temp("int a;\n  lock(&mu);  \nint b;\n");
    char *p2 = write_temp("// new line\n\nint a;\nlock(&mu);\nint b;\nlock(&mu);\n");
    source_file *f1 = source_read(p1), *f2 = source_read(p2);
    char *h1 = sarif_fingerprint("r", f1, 2), *h2 = sarif_fingerprint("r", f2, 4), *h3 = sarif_fingerprint("r", f2, 6);
    char *h4 = sarif_fingerprint("other", f2, 4), *h5 = sarif_fingerprint("r", f2, 3);
    ck_assert_str_eq(h1, h2);
    ck_assert_str_ne(h2, h3);    /* second occurrence of the same text */
    ck_assert_str_ne(h2, h4);    /* another rule */
    ck_assert_str_ne(h2, h5);    /* another line */
    free(h1); free(h2); free(h3); free(h4); free(h5);
    source_file_free(f1);
    source_file_free(f2);
    unlink(p1);
    unlink(p2);
    free(p1);
    free(p2);
}
END_TEST

START_TEST(sarif_same_line_fingerprints) {
    make_root();
    diag_list l = {0};
    src_loc a = { file, 3, 5 }, b = { file, 3, 11 };
    diag_list_add(&l, "unused-suppression", LEVEL_WARNING, a, "first");
    diag_list_add(&l, "unused-suppression", LEVEL_WARNING, b, "second");
    diag_list_sort(&l);
    source_cache *src = source_cache_new();
    emit_opts o = { .src = src, .srcroot = root, .version = "1" };
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    emit_sarif(mem, &l, &o);
    fclose(mem);
    cJSON *j = cJSON_Parse(buf);
    const char *f0 = path_get(j, "runs.0.results.0.partialFingerprints.primaryLocationLineHash")->valuestring;
    const char *f1 = path_get(j, "runs.0.results.1.partialFingerprints.primaryLocationLineHash")->valuestring;
    ck_assert_str_eq(f0 + 16, ":1");
    ck_assert_str_eq(f1 + 16, ":2");
    ck_assert(strncmp(f0, f1, 16) == 0);
    cJSON_Delete(j);
    free(buf);
    source_cache_free(src);
    diag_list_free(&l);
    remove_root();
}
END_TEST

Suite *emit_suite(void) {
    Suite *s = suite_create("emit");
    TCase *t = tcase_create("emit");
    tcase_add_test(t, utf16_columns);
    tcase_add_test(t, sort_and_dedupe);
    tcase_add_test(t, text_and_gcc);
    tcase_add_test(t, json_schema);
    tcase_add_test(t, sarif_structure);
    tcase_add_test(t, sarif_uris_and_fingerprints);
    tcase_add_test(t, sarif_same_line_fingerprints);
    suite_add_tcase(s, t);
    return s;
}
