/* test_config.c: the .cvet.json loader (every error names file, key and
 * what was expected), rule selection order, and compile_commands.json. */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver/driver.h"
#include "test_driver.h"

static char err[1024];

START_TEST(config_valid) {
    cvet_config c;
    const char *text = "{\"enable\": [\"a*\"], \"disable\": [\"b\", \"c\"], \"levels\": {\"x\": \"error\", \"y\": \"none\"},"
                       " \"exclude\": [\"vendor/*\"], \"compiler_args\": [\"-DX=1\", \"-Iinc\"]}";
    ck_assert_msg(config_parse(text, "/p/.cvet.json", &c, err, sizeof err), "%s", err);
    ck_assert_uint_eq(c.nenable, 1);
    ck_assert_str_eq(c.enable[0], "a*");
    ck_assert_uint_eq(c.ndisable, 2);
    ck_assert_str_eq(c.disable[1], "c");
    ck_assert_uint_eq(c.nlevels, 2);
    ck_assert_str_eq(c.level_ids[0], "x");
    ck_assert_int_eq(c.levels[0], LEVEL_ERROR);
    ck_assert_int_eq(c.levels[1], LEVEL_NONE);
    ck_assert_str_eq(c.exclude[0], "vendor/*");
    ck_assert_uint_eq(c.ncompiler_args, 2);
    ck_assert_str_eq(c.compiler_args[1], "-Iinc");
    ck_assert_str_eq(c.dir, "/p");
    config_free(&c);
    ck_assert_msg(config_parse("{}", "c.json", &c, err, sizeof err), "%s", err);
    ck_assert_str_eq(c.dir, ".");
    config_free(&c);
}
END_TEST

/* Each bad config must fail, and the message must contain every fragment. */
static const struct { const char *text; const char *frags[3]; } bad_configs[] = {
    { "{\"enable\": [\"a\"", { "bad.json:1", "not valid JSON" } },
    { "{\n\"enable\": [\"a\"],\n}", { "bad.json:3", "not valid JSON" } },
    { "[1, 2]", { "bad.json", "top level", "an array" } },
    { "{\"enabel\": []}", { "bad.json", "unknown key \"enabel\"", "expected one of" } },
    { "{\"enable\": \"x\"}", { "\"enable\"", "expected an array of rule ids", "a string" } },
    { "{\"disable\": [1]}", { "\"disable\"", "element 0", "a number" } },
    { "{\"exclude\": {}}", { "\"exclude\"", "array of path globs", "an object" } },
    { "{\"compiler_args\": [\"-I\", true]}", { "\"compiler_args\"", "element 1", "a boolean" } },
    { "{\"levels\": []}", { "\"levels\"", "expected an object", "an array" } },
    { "{\"levels\": {\"r\": \"loud\"}}", { "\"levels\"", "\"r\"", "\"loud\"" } },
    { "{\"levels\": {\"r\": 3}}", { "\"levels\"", "\"r\"", "a number" } },
    { "", { "bad.json", "not valid JSON" } },
};

START_TEST(config_errors) {
    cvet_config c;
    const char *text = bad_configs[_i].text;
    memset(err, 0, sizeof err);
    ck_assert_msg(!config_parse(text, "bad.json", &c, err, sizeof err), "accepted: %s", text);
    for (size_t k = 0; k < 3 && bad_configs[_i].frags[k]; k++)
        ck_assert_msg(strstr(err, bad_configs[_i].frags[k]), "config %s: message '%s' lacks '%s'", text, err,
                      bad_configs[_i].frags[k]);
    ck_assert_ptr_null(c.path);
}
END_TEST

START_TEST(config_load_and_find) {
    char tmpl[] = "/tmp/cvet-cfg-XXXXXX";
    char *dir = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(dir);
    char sub[PATH_MAX], path[PATH_MAX + 16], old[PATH_MAX];
    snprintf(sub, sizeof sub, "%s/a/b", dir);
    char cmd[PATH_MAX * 2];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", sub);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/.cvet.json", dir);
    FILE *f = fopen(path, "w");
    fputs("{\"disable\": [\"*\"]}", f);
    fclose(f);
    ck_assert_ptr_nonnull(getcwd(old, sizeof old));
    ck_assert_int_eq(chdir(sub), 0);
    char *found = config_find();
    ck_assert_ptr_nonnull(found);
    char real[PATH_MAX];
    ck_assert_ptr_nonnull(realpath(dir, real));
    ck_assert_msg(strstr(found, "/.cvet.json") && strncmp(found, real, strlen(real)) == 0, "found %s", found);
    cvet_config c;
    ck_assert_msg(config_load(found, &c, err, sizeof err), "%s", err);
    ck_assert_uint_eq(c.ndisable, 1);
    config_free(&c);
    free(found);
    ck_assert_int_eq(chdir(old), 0);
    ck_assert(!config_load("/nonexistent/.cvet.json", &c, err, sizeof err));
    ck_assert_msg(strstr(err, "/nonexistent/.cvet.json") && strstr(err, "cannot read"), "%s", err);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(selection_order) {
    rule_selection s;
    selection_init(&s);
    ck_assert_uint_gt(s.n, 0);
    ck_assert(selection_apply(&s, "*", false, err, sizeof err));
    for (size_t i = 0; i < s.n; i++) ck_assert(!selection_runs(&s, i));
    ck_assert_msg(selection_apply(&s, "unused-suppression", true, err, sizeof err), "%s", err);
    size_t on = 0;
    for (size_t i = 0; i < s.n; i++) on += selection_runs(&s, i);
    ck_assert_uint_eq(on, 1);
    ck_assert(!selection_apply(&s, "no-such-rule", true, err, sizeof err));
    ck_assert_msg(strstr(err, "no-such-rule"), "%s", err);
    ck_assert(selection_apply(&s, "zzz-*", true, err, sizeof err)); /* a glob matching nothing is fine */
    ck_assert(selection_set_level(&s, "unused-suppression", LEVEL_ERROR, err, sizeof err));
    for (size_t i = 0; i < s.n; i++)
        if (strcmp(s.rules[i]->id, "unused-suppression") == 0) ck_assert_int_eq(s.level[i], LEVEL_ERROR);
    ck_assert(selection_set_level(&s, "unused-suppression", LEVEL_NONE, err, sizeof err));
    on = 0;
    for (size_t i = 0; i < s.n; i++) on += selection_runs(&s, i);
    ck_assert_uint_eq(on, 0);
    selection_free(&s);
}
END_TEST

START_TEST(shell_split_words) {
    size_t n;
    char **w = shell_split("cc -DX=\"a b\" 'q r' s\\ t -c  x.c", &n);
    ck_assert_uint_eq(n, 6);
    ck_assert_str_eq(w[0], "cc");
    ck_assert_str_eq(w[1], "-DX=a b");
    ck_assert_str_eq(w[2], "q r");
    ck_assert_str_eq(w[3], "s t");
    ck_assert_str_eq(w[5], "x.c");
    for (size_t i = 0; i < n; i++) free(w[i]);
    free(w);
}
END_TEST

START_TEST(compdb_entries) {
    const char *text = "[{\"directory\": \"/tmp\", \"file\": \"a.c\", \"command\": \"gcc -Iinc -c -o a.o a.c -MD -MF a.d "
                       "-fconserve-stack -fno-tree-vrp -DX\"},"
                       " {\"directory\": \"/tmp/b\", \"file\": \"/abs/b.c\", \"arguments\": [\"cc\", \"-ofoo\", \"/abs/b.c\", \"-std=gnu11\"]}]";
    compdb db;
    ck_assert_msg(compdb_parse(text, "cc.json", &db, err, sizeof err), "%s", err);
    ck_assert_uint_eq(db.n, 2);
    ck_assert_str_eq(db.items[0].directory, "/tmp");
    ck_assert_str_eq(db.items[0].file, "/tmp/a.c");
    ck_assert_uint_eq(db.items[0].nargs, 2);
    ck_assert_str_eq(db.items[0].args[0], "-Iinc");
    ck_assert_str_eq(db.items[0].args[1], "-DX");
    ck_assert_uint_eq(db.items[1].nargs, 1);
    ck_assert_str_eq(db.items[1].args[0], "-std=gnu11");
    compdb_free(&db);
    ck_assert(!compdb_parse("{\"x\": 1}", "cc.json", &db, err, sizeof err));
    ck_assert_msg(strstr(err, "cc.json") && strstr(err, "array"), "%s", err);
    ck_assert(!compdb_parse("[{\"file\": \"a.c\"}]", "cc.json", &db, err, sizeof err));
    ck_assert_msg(strstr(err, "entry 0") && strstr(err, "directory"), "%s", err);
    ck_assert(!compdb_parse("[{\"directory\": \"/\", \"file\": \"a.c\"}]", "cc.json", &db, err, sizeof err));
    ck_assert_msg(strstr(err, "arguments") && strstr(err, "command"), "%s", err);
    ck_assert(!compdb_parse("[{", "cc.json", &db, err, sizeof err));
    ck_assert_msg(strstr(err, "not valid JSON"), "%s", err);
    ck_assert(!compdb_load("/nonexistent-dir", &db, err, sizeof err));
    ck_assert_msg(strstr(err, "/nonexistent-dir"), "%s", err);
}
END_TEST

Suite *config_suite(void) {
    Suite *s = suite_create("config");
    TCase *t = tcase_create("config");
    tcase_add_test(t, config_valid);
    tcase_add_loop_test(t, config_errors, 0, (int)(sizeof bad_configs / sizeof bad_configs[0]));
    tcase_add_test(t, config_load_and_find);
    tcase_add_test(t, selection_order);
    tcase_add_test(t, shell_split_words);
    tcase_add_test(t, compdb_entries);
    suite_add_tcase(s, t);
    return s;
}
