/* test_suppress.c: the suppression comment parser and how suppressions
 * apply to findings (same line, line above, file-wide) and are reported. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"
#include "test_driver.h"

static suppression_list parse(const char *text) {
    suppression_list s = {0};
    suppress_parse(text, strlen(text), &s);
    return s;
}

START_TEST(parse_forms) {
    suppression_list s = parse(
        "int a; // cvet:ignore rule-a because it is fine\n"
        "//cvet:ignore-file rule-b   trailing reason  \n"
        "/* cvet:ignore rule-c in a block */\n"
        "// cvet:ignore rule-d\n"
        "// cvet:ignore\n"
        "// cvet:ignored rule-e nope\n"
        "const char *s = \"// cvet:ignore rule-f in a string\";\n"
        "char c = '\"'; // cvet:ignore rule-g after a char\n"
        "// a comment mentioning cvet:ignore rule-h\n"
        "// cvet:ignore rule-i // want \"x\"\n");
    ck_assert_uint_eq(s.n, 7);
    ck_assert_str_eq(s.items[6].rule_id, "rule-i");
    ck_assert_ptr_null(s.items[6].reason);
    ck_assert_uint_eq(s.items[0].line, 1);
    ck_assert_uint_eq(s.items[0].col, 8);
    ck_assert(!s.items[0].file_wide);
    ck_assert_str_eq(s.items[0].rule_id, "rule-a");
    ck_assert_str_eq(s.items[0].reason, "because it is fine");
    ck_assert(s.items[1].file_wide);
    ck_assert_str_eq(s.items[1].rule_id, "rule-b");
    ck_assert_str_eq(s.items[1].reason, "trailing reason");
    ck_assert_str_eq(s.items[2].rule_id, "rule-c");
    ck_assert_str_eq(s.items[2].reason, "in a block");
    ck_assert_str_eq(s.items[3].rule_id, "rule-d");
    ck_assert_ptr_null(s.items[3].reason);
    ck_assert_ptr_null(s.items[4].rule_id);
    ck_assert_uint_eq(s.items[4].line, 5);
    ck_assert_str_eq(s.items[5].rule_id, "rule-g");
    ck_assert_uint_eq(s.items[5].line, 8);
    suppression_list_free(&s);
}
END_TEST

START_TEST(parse_hostile) {
    /* Unterminated comment / string, NUL bytes, no final newline: no crash. */
    const char bin[] = "x\0// cvet:ignore r why\n\"unterminated\n/* cvet:ignore q never closed";
    suppression_list s = {0};
    suppress_parse(bin, sizeof bin - 1, &s);
    ck_assert_uint_eq(s.n, 2);
    ck_assert_str_eq(s.items[0].rule_id, "r");
    ck_assert_str_eq(s.items[1].rule_id, "q");
    ck_assert_uint_eq(s.items[1].line, 3);
    suppression_list_free(&s);
    s = parse("");
    ck_assert_uint_eq(s.n, 0);
}
END_TEST

static const char *known_rule(void) {
    size_t n;
    const rule *const *t = rule_registry(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i]->id, "unused-suppression") != 0) return t[i]->id;
    return NULL;
}

static bool all_ran(const char *id, void *ud) { (void)id; (void)ud; return true; }
static bool none_ran(const char *id, void *ud) { (void)id; (void)ud; return false; }

static size_t count_rule(const diag_list *l, const char *id) {
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++) n += strcmp(l->items[i].rule_id, id) == 0;
    return n;
}

START_TEST(apply_lines) {
    const char *r = known_rule();
    ck_assert_ptr_nonnull(r);
    char text[512];
    snprintf(text, sizeof text,
             "// cvet:ignore %s the line below is fine\n"   /* 1: covers 1, 2 */
             "x;\n"                                           /* 2 */
             "y; // cvet:ignore %s same line\n"               /* 3 */
             "z;\n"                                           /* 4: covered by 3 (line above) */
             "w;\n"                                           /* 5: not covered */
             "// cvet:ignore %s nothing here\n", r, r, r);    /* 6: unused */
    suppression_list s = parse(text);
    diag_list l = {0};
    const char *file = "f.c";
    for (uint32_t line = 2; line <= 5; line++) {
        src_loc loc = { file, line, 1 };
        diag_list_add(&l, r, LEVEL_WARNING, loc, "finding on %u", line);
    }
    src_loc other = { "g.c", 2, 1 };
    diag_list_add(&l, r, LEVEL_WARNING, other, "other file");
    suppress_apply(&l, 0, file, &s, all_ran, NULL, LEVEL_WARNING);
    ck_assert(l.items[0].suppressed);
    ck_assert_str_eq(l.items[0].suppress_reason, "the line below is fine");
    ck_assert(l.items[1].suppressed);
    ck_assert_str_eq(l.items[1].suppress_reason, "same line");
    ck_assert(l.items[2].suppressed);
    ck_assert(!l.items[3].suppressed);
    ck_assert(!l.items[4].suppressed);
    ck_assert_uint_eq(count_rule(&l, "unused-suppression"), 1);
    ck_assert_uint_eq(l.items[l.n - 1].loc.line, 6);
    ck_assert_msg(strstr(l.items[l.n - 1].message, "suppresses nothing"), "%s", l.items[l.n - 1].message);
    diag_list_free(&l);
    /* The rule did not run: an unmatched suppression is not "unused". */
    for (size_t i = 0; i < s.n; i++) s.items[i].used = false;
    suppress_apply(&l, 0, file, &s, none_ran, NULL, LEVEL_WARNING);
    ck_assert_uint_eq(l.n, 0);
    /* Reporting off (unused-suppression disabled). */
    suppress_apply(&l, 0, file, &s, all_ran, NULL, LEVEL_NONE);
    ck_assert_uint_eq(l.n, 0);
    suppression_list_free(&s);
}
END_TEST

START_TEST(apply_file_and_problems) {
    const char *r = known_rule();
    char text[512];
    snprintf(text, sizeof text,
             "// cvet:ignore-file %s generated code\n"
             "// cvet:ignore no-such-rule because\n"
             "// cvet:ignore %s\n"
             "// cvet:ignore\n", r, r);
    suppression_list s = parse(text);
    diag_list l = {0};
    src_loc loc = { "f.c", 40, 3 };
    diag_list_add(&l, r, LEVEL_ERROR, loc, "far away");
    suppress_apply(&l, 0, "f.c", &s, all_ran, NULL, LEVEL_NOTE);
    ck_assert(l.items[0].suppressed);
    ck_assert_str_eq(l.items[0].suppress_reason, "generated code");
    ck_assert_uint_eq(count_rule(&l, "unused-suppression"), 3);
    ck_assert_msg(strstr(l.items[1].message, "unknown rule 'no-such-rule'"), "%s", l.items[1].message);
    ck_assert_msg(strstr(l.items[2].message, "gives no reason"), "%s", l.items[2].message);
    ck_assert_msg(strstr(l.items[3].message, "names no rule"), "%s", l.items[3].message);
    ck_assert_int_eq(l.items[1].level, LEVEL_NOTE);
    ck_assert_uint_eq(l.items[3].loc.line, 4);
    diag_list_free(&l);
    suppression_list_free(&s);
}
END_TEST

Suite *suppress_suite(void) {
    Suite *s = suite_create("suppress");
    TCase *t = tcase_create("suppress");
    tcase_add_test(t, parse_forms);
    tcase_add_test(t, parse_hostile);
    tcase_add_test(t, apply_lines);
    tcase_add_test(t, apply_file_and_problems);
    suite_add_tcase(s, t);
    return s;
}
