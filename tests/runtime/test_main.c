/* test_main.c: runs libcort's unit tests (one Check suite, one TCase per
 * primitive). Always fork mode: each test owns its process and co_main. */
#include "rt_test.h"

#include <stdlib.h>

int main(void) {
    Suite *s = suite_create("libcort");
    add_core_tests(s);
    add_chan_tests(s);
    add_select_tests(s);
    add_timer_tests(s);
    add_sync_tests(s);
    add_ctx_tests(s);
    add_panic_tests(s);
    add_stack_tests(s);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
