/* test_main.c: runs the driver's Check suites (meson suite 'driver'). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test_driver.h"

char *write_temp(const char *text) {
    char tmpl[] = "/tmp/cvet-test-XXXXXX.c";
    int fd = mkstemps(tmpl, 2);
    if (fd < 0) abort();
    size_t n = strlen(text);
    if (write(fd, text, n) != (ssize_t)n) abort();
    close(fd);
    return strdup(tmpl);
}

int main(void) {
    SRunner *sr = srunner_create(config_suite());
    srunner_add_suite(sr, suppress_suite());
    srunner_add_suite(sr, emit_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
